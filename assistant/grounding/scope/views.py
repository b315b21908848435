"""Views, definitions, agents, causes, outcomes and endings a question asks about, and whether evidence tells them."""

from __future__ import annotations

import re
from collections.abc import Sequence

import simplemma

from assistant import lexicon as lex
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.question import (
    Question,
    reports_outcome,
)
from assistant.grounding.scope.terms import (
    _says_word,
    names_term,
    says_stem,
)
from assistant.grounding.selection import (
    Scored,
)
from assistant.index.lexical import (
    fold,
    has_definite_ending,
    tokenize,
)
from assistant.index.units import (
    Unit,
    cells_in_place,
    column_names,
    header_rows,
    split_sentences,
    units_of,
)

# How many of the best units are read for a sentence that says what a definition question's term is.
DEFINE_POOL = 12


def defined_in_note(question: Question, ranked: Sequence[Scored]) -> bool:
    """Whether the best unit for 'Vad är X?' is a note (a footnote its passage marks: '… samordningsgrupp43' over
    '43 I projektet kom denna grupp att kallas för skarvsladdsgruppen …') that names X: a note glosses the word it is
    marked on. A note is not embedded (only body text is), so no embedding closeness can place the question: the
    note itself does."""
    term = question.definiendum
    top = ranked[0].unit if ranked else None
    return bool(term) and top is not None and top.role == "note" and names_definiendum(term, top.text)


def undefined_term(question: Question, ranked: Sequence[Scored]) -> list[Scored]:
    """For 'Vad är/Vad menas med X?': the best units that name X when none of them (nor the section about X) says
    what X is — the material only uses the term in passing, so quoting one of them would answer another question.
    Empty when one defines it, when none names it (the question may use other words than the documents: the topic
    check decides), or when the question asks for no definition."""
    term = question.definiendum
    if question.answer_type != "definition" or not term or question.language != "sv" or question.goal:
        return []  # (a goal asked, 'Vad är målet för X?', is stated, not defined: question.goal_asked)
    if lex.COMPARISON_DEFINIENDUM_RE.match(term):
        return []  # 'skillnaden mellan X och Y' compares two things; it is no one term the material must define
    pool = [s for s in ranked[:DEFINE_POOL] if not s.unit.text.rstrip().endswith("?")]
    if any(names_definiendum(term, f"{s.unit.context()} {s.unit.chunk.heading_path_text}")
           and _explained_under_heading(term, s.unit) for s in pool):
        return []  # a passage headed by the term is about it
    naming = [s for s in pool if names_definiendum(term, s.unit.text)]
    if not naming or any(s.unit.role == "note" or defines(term, s.unit, loose=True) for s in naming):
        return []  # a note (a footnote its passage marks) glosses the word it is marked on
    return naming


# How many body sentences right under a heading may say what the heading's term is without naming it.
HEADING_OPENERS = 2


def _explained_under_heading(term: str, unit: Unit) -> bool:
    """Whether the passage a heading naming `term` stands over says what it is: a unit that names the term and
    explains it, or one of the first sentences under the heading with a defining verb or 'är en …' ('SIP' over
    'Det är en plan som …'). A section headed 'Verktyget förändringsteori' that tells how the meetings went, and
    names the term only in passing, does not."""
    units = [u for u in units_of(unit.chunk) if not u.is_label and u.role == "body"]
    openers = [u for u in units if u.kind == "sentence"][:HEADING_OPENERS]
    return any(defines(term, u, loose=True) for u in units if names_definiendum(term, u.text)) or any(
        lex.DEFINES_RE.search(u.text) or lex.GLOSS_RE.search(u.text) for u in openers)


def gives_view(unit: Unit, holder: str, thing: str) -> bool:
    """Whether a unit tells the view of `holder` (a question's 'föräldrarna', 'Skolverket') on `thing` (a stem, or
    ''): the holder (or a name for the same group) named in the unit or its context, a word of view in the unit
    when the holder is people ('berättar', 'upplevde', 'nöjda'), and the thing named in the unit or its context
    (not only elsewhere in its passage: a view of läxhjälpen is none of processtödet in the next paragraph). A body or a
    document 'says' what it states ('Enligt Skolverket …'), so it needs no word of view."""
    text = f"{unit.text} {unit.context()}"
    head = holder_name(holder)
    kin = next((k for k in lex.HOLDER_KIN if any(fold(head).startswith(w) for w in k)), (head,))
    # A publisher's own document states its views: a sentence on Skolverket's page is Skolverket's, named or not.
    own_page = bool(unit.chunk.publisher) and _says_word(unit.chunk.publisher, head)
    if not own_page and not any(_says_word(text, w) for w in kin):
        return False
    owned = owned_noun(holder)
    if owned and not _says_word(f"{text} {unit.chunk.title} {unit.chunk.heading_path_text}", owned):
        return False  # 'Skolverkets allmänna råd': Skolverket's view elsewhere is not what its råd say
    people = head.islower() and re.search(r"(?:arna|erna|orna|rna|na)$", head) is not None
    if people and not lex.OPINION_RE.search(unit.text):
        return False
    return not thing or _says_word(text, thing)


def gives_any_view(unit: Unit, thing: str) -> bool:
    """Whether a unit tells someone's view (a word of view) of `thing` (a stem, or ''): what answers 'Var alla nöjda
    med kursen?', where the quantifier names no holder to look for."""
    return lex.OPINION_RE.search(unit.text) is not None and (
        not thing or _says_word(f"{unit.text} {unit.context()}", thing))


def holder_name(holder: str) -> str:
    """The one word that names whose view is asked: the owner of a genitive name ('Skolverkets nya allmänna råd
    (2025)' -> 'Skolverket'), else the holder's first word ('ungdomarna i Karlskoga' -> 'ungdomarna').

    >>> holder_name("Skolverkets nya allmänna råd (2025)"), holder_name("föräldrarna"), holder_name("Skolverket")
    ('Skolverket', 'föräldrarna', 'Skolverket')
    """
    first = holder.split()[0]
    return first[:-1] if len(holder.split()) > 1 and first[:1].isupper() and first.endswith("s") else first


def owned_noun(holder: str) -> str:
    """What a genitive holder owns, its last word ('Skolverkets nya allmänna råd (2025)' -> 'råd'); '' for a holder
    that is no genitive phrase.

    >>> owned_noun("Skolverkets nya allmänna råd (2025)"), owned_noun("Skolverket"), owned_noun("ungdomarna i Ekby")
    ('råd', '', '')
    """
    if holder_name(holder) == holder.split()[0]:
        return ""
    words = [w for w in holder.split()[1:] if not w.startswith("(") and not w.isdigit()]
    return words[-1] if words else ""


# How many of the best units are read for the view a 'Vad tyckte … om …?' question asks.
VIEW_POOL = 8
# The share of the best unit's score a unit needs to be read for the name a 'Vilken kommun …?' question asks.
BODY_CLOSE = 0.6
# How many of the best units are read for the act a who-question asks the doer of (agent_verb).
AGENT_POOL = 8
# How many of the best units are looked through for a plan when a results question is asked.
PLAN_POOL = 3
# How many of the units about the named subjects are read for what else the question asks about.
SUBJECT_POOL = 3
# The best units a yes/no question naming a year is checked against for a statement of the same thing in another year.
CLAIM_POOL = 5
# How far down the evidence a figure question's named statistic ('sjukfrånvaron') is looked for in a line naming it,
# where none of the best few units does (a table row embeds far from a question's sentence).
STATISTIC_POOL = 30
# How many of the best units are read for an outcome before a results question is refused as only planned.
OUTCOME_POOL = 5
# Without specific words, the share of the best unit's word overlap a unit needs to be about the same thing.
OUTCOME_CLOSE = 0.7


def only_planned(evidence: Sequence[Scored], asked: Sequence[str]) -> bool:
    """Whether the best evidence describes something planned or applied for, and none of the units that name
    what is asked about (`asked`: its specific words) reports an outcome."""
    if not evidence or reports_outcome(evidence[0].unit.text):
        return False
    # One of the best few describes a plan; an item under 'Mål och förväntade effekter' is planned as its intro says.
    plan = next((s for s in evidence[:PLAN_POOL] if lex.PLANNED_RE.search(s.unit.text)
                 or lex.PLANNED_HEADING_RE.search(s.unit.context())), None)
    if plan is None:
        return False
    best = f"{plan.unit.text} {plan.unit.context()}"
    if asked:
        if not any(_says_word(best, t) or names_term(plan.unit, t) for t in asked):
            return False  # the best passage is about something else: not a plan of the asked thing
        # In the plan's own document a unit naming one asked word is about it; in another document (a follow-up
        # report) it must name two of them: 'F i matematik' in a school report is no result of 'SKR:s
        # matematiksatsning'.
        same = [s for s in evidence if sum(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)
                >= (1 if s.unit.chunk.source == plan.unit.chunk.source else min(2, len(asked)))]
    else:  # no word specific enough (a small collection): those nearly as much about the question's words
        same = [s for s in evidence if s.overlap >= OUTCOME_CLOSE * evidence[0].overlap]
    return not any(reports_outcome(s.unit.text) for s in same)


def no_outcome(evidence: Sequence[Scored], asked: Sequence[str], changed: Sequence[str] = ()) -> str | None:
    """Why a results question cannot be answered from the best units, or None when it can: 'result' when the
    units that name what is asked about (all of them when nothing specific is asked) report no outcome (a method's
    suggested measures), 'figure' when none of them names it (the units are about something else).

    `changed` names what the question asks whether it changed (question.changed_thing): then the sentence that
    reports an outcome must name it — 'huvudmännen satte in åtgärder' is no report that kunskapsresultaten blev
    bättre."""
    same = [s for s in evidence if not asked or any(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)]
    if not same:
        return "figure"

    def reports(sentence: str) -> bool:
        return reports_outcome(sentence) and (not changed or any(_says_word(sentence, w) for w in changed))

    # A sentence of the passage around a unit counts: 'Resultatet har fallit väl ut.' may stand beside the one
    # that matched (sentence by sentence: a 'ska' elsewhere in the passage does not undo it).
    if any(reports(s.unit.text) or any(reports(t) for t in split_sentences(s.unit.chunk.text)) for s in same):
        return None
    return "result"


# How many of the best units are read for the ending or cancelling a cause question presupposes.
PREMISE_POOL = 8


def ended_told(question_text: str, evidence: Sequence[Scored]) -> bool:
    """Whether a cause question's presupposed ending ('Varför lades kursen ned?', 'Varför ställdes workshopen in?')
    is told in one of the best units (their text or context); True when the question presupposes none."""
    asked = lex.ENDED_QUESTION_RE.search(question_text)
    if asked is None:
        return True
    said = fold(asked.group("e"))
    form = next(f for key, f in lex.ENDED_EVENT_FORMS if said.startswith(key))
    # The ending must be told of the asked thing: 'Simskolan lades ned' does not tell that läxhjälpen was.
    thing = [w for w in re.findall(r"[\wåäöÅÄÖ]{4,}", premise_phrase(question_text).split(" ", 1)[-1])
             if not re.fullmatch(form, fold(w)) and fold(w) not in _ENDING_WORDS][:4]
    return any(re.search(form, fold(f"{s.unit.text} {s.unit.context()}"))
               and (not thing or any(says_stem(f"{s.unit.text} {s.unit.context()}", w) for w in thing))
               for s in evidence)


# The share of a cause question's weight the best unit must hold to state what is asked about, and the share another
# of the best units must hold to be about it too (its reason then answers): T18's statement holds 0.71, a reason
# elsewhere in the document about the same role ('Vi fortsätter därför att utveckla samordnarrollen.') 0.27.
CAUSE_TOLD_OVERLAP = 0.6
CAUSE_SAME_OVERLAP = 0.5
CAUSE_POOL = 8


def told_without_cause(question: Question, evidence: Sequence[Scored]) -> Scored | None:
    """The best unit where it states the very state or event a cause question asks about, with the question's verb
    ('Samordnarrollen ligger under rektor på Böle skola …' for 'Varför ligger samordnarrollen … under rektor på Böle
    skola?'), and no reason, purpose or need is given (lexicon.CAUSE_GIVEN_RE) in it, its context, the units just
    before and after it in its passage, or another of the best units as much about the asked thing; else None.
    Positive evidence only: a question whose asked thing no passage states is left to the other checks."""
    asked = lex.EVENT_CAUSE_QUESTION_RE.match(question.cue_text)
    if question.language != "sv" or asked is None or not evidence:
        return None
    top = evidence[0]
    verb = fold(asked.group("verb"))[:4]
    if top.overlap < CAUSE_TOLD_OVERLAP or top.unit.is_label or \
            not re.search(rf"\b{re.escape(verb)}", fold(top.unit.text)):
        return None
    units = units_of(top.unit.chunk)
    beside = [units[i] for i in (top.unit.seq - 1, top.unit.seq + 1) if 0 <= i < len(units)]
    said = [top.unit.text, top.unit.context(), *(u.text for u in beside)]
    said += [s.unit.text for s in evidence[1:CAUSE_POOL] if s.overlap >= CAUSE_SAME_OVERLAP]
    return None if any(lex.CAUSE_GIVEN_RE.search(text) for text in said) else top


def cause_phrase(question: Question, unit: Unit) -> str:
    """What a refusal for an unstated cause says the material lacks: 'varför' and the unit's own statement in the
    order of an indirect question (stated_as_asked); 'skälet till det du frågar om' where no sentence of it can be
    reordered with certainty."""
    asked = lex.EVENT_CAUSE_QUESTION_RE.match(question.cue_text)
    verb = fold(asked.group("verb"))[:4] if asked else ""
    for sentence in split_sentences(unit.text):
        said = stated_as_asked(sentence, verb, unit.chunk.text)
        if said:
            return said
    return "skälet till det du frågar om"


def _inflected_noun(word: str) -> bool:
    """A lower-case word longer than its dictionary form that it begins with ('mentorn', 'lärarna'): a noun with its
    article, the subject after a verb a fronted place or time stands before."""
    lemma = simplemma.lemmatize(word, lang="sv")
    return word.islower() and lemma != word and word.startswith(lemma)


_STATEMENT_DETERMINERS = lex.SUBJECT_DETERMINERS | frozenset(("den", "det", "de"))


def stated_as_asked(sentence: str, verb: str, passage: str = "") -> str:
    """A statement as the indirect question of its cause, or '' where its subject cannot be told: the verb (folded
    stem `verb`) second, or after a determiner and its noun, keeps its order; a fronted place or time ('På en skola
    byttes mentorn …') goes last, after the definite noun that follows the verb. The first word keeps its capital
    where the passage writes it so inside a sentence (a name).

    >>> stated_as_asked("Samordnarrollen ligger under rektor från och med våren 2019.", "ligg")
    'varför samordnarrollen ligger under rektor från och med våren 2019'
    >>> stated_as_asked("På en skola byttes mentorn fyra gånger i årskurs 7. Ungdomarna lyfter även …", "bytt")
    'varför mentorn byttes fyra gånger i årskurs 7 på en skola'
    >>> stated_as_asked("Karlskoga ligger i Örebro län.", "ligg", "Skolan i Karlskoga ligger nära.")
    'varför Karlskoga ligger i Örebro län'
    >>> stated_as_asked("Under våren byttes flera av dem ut.", "bytt"), stated_as_asked("Rollen är ny.", "ligg")
    ('', '')
    """
    words = sentence.split()
    at = next((i for i, w in enumerate(words) if verb and fold(w).startswith(verb)), -1)
    # the statement ends at its own full stop ('… i årskurs 7. Ungdomarna …' the sentence splitter keeps together)
    end = next((i for i, w in enumerate(words) if i > at and w.endswith((".", "!", "?"))), len(words) - 1)
    words = [*words[:end], words[end].rstrip(".!?")] if words else words
    if at == 1 or (at in (2, 3) and words[0].lower() in _STATEMENT_DETERMINERS):
        first = words[0] if re.search(rf"[a-zåäö,]\s+{re.escape(words[0])}\b", passage) \
            else words[0][:1].lower() + words[0][1:]
        return " ".join(["varför", first, *words[1:]])
    if 2 <= at <= 4 and words[0].lower() in lex.PREPOSITIONS and at + 1 < len(words) and \
            _inflected_noun(words[at + 1]):
        return " ".join(["varför", words[at + 1], words[at], *words[at + 2:], words[0].lower(), *words[1:at]])
    return ""


# The verbs and particles of an ending as asked, which name no thing ('lades', 'ställdes', 'avbröts'); folded.
_ENDING_WORDS = frozenset("lades lagts laggs stalldes stallts stalls avbrots avbrutits avbrot stangdes stangts "
                          "avvecklades avvecklats upphorde upphort".split())


def premise_phrase(question_text: str) -> str:
    """The cause asked as an indirect question, the ending's verb after its subject ('Varför ställdes workshopen den
    1 december in?' -> 'varför workshopen den 1 december ställdes in'), for 'Underlaget har inga uppgifter om …'.

    >>> premise_phrase("Varför ställdes workshopen den 1 december in?"), premise_phrase("Varför avbröts projektet?")
    ('varför workshopen den 1 december ställdes in', 'varför projektet avbröts')
    """
    asked = lex.ENDED_QUESTION_RE.search(question_text)
    words = asked.group("e").split()
    verb, particle = words[0], (words[-1] if len(words) > 1 else "")
    middle = " ".join(words[1:-1])
    rest = question_text[asked.end():].strip(" ?.!")
    if not middle:
        middle, rest = rest, ""
    return " ".join(w for w in ("varför", middle, verb, particle, rest) if w)


def agent_verb(question: Question) -> str:
    """The stem of the act a who-question asks the doer of ('Vem leder …?' -> 'led', 'Av vem utvärderades …?' ->
    'utvärder'), folded; '' for other questions and for copulas, auxiliaries and light verbs (lexicon).

    >>> from assistant.grounding.question import analyse
    >>> [agent_verb(analyse(q)) for q in ("Vem leder SSPF-gruppen i kommunen?", "Av vem utvärderades satsningen?",
    ...  "Vem bestämmer vad som tas upp?", "Vem är rektor?", "Vem gjorde utvärderingen?", "Vad leder det till?")]
    ['led', 'utvarder', 'bestam', '', '', '']
    >>> agent_verb(analyse("Vem mer kan hjälpa till med det?")), agent_verb(analyse("Av vem arbetsleds de?"))
    ('', 'arbetsled')
    >>> agent_verb(analyse("Vem ska man kontakta om kursen?")), agent_verb(analyse("Vem kan bidra med det?"))
    ('kontakt', '')
    """
    m = lex.AGENT_QUESTION_RE.match(question.text)
    if m is None or question.language != "sv":
        return ""
    word = m.group("verb").lower()
    lemma = simplemma.lemmatize(word, lang="sv")
    infinitive = bool(m.group("modal")) and word.endswith("a")  # 'Vem ska man kontakta …?'
    if word in lex.AGENT_LIGHT_VERBS or not (lemma != word and lemma.endswith("a") or word.endswith("s")
                                             or infinitive):
        return ""  # no verb: 'Vem mer kan hjälpa till?'

    if lemma == word and word.endswith("s"):  # a passive simplemma does not know ('arbetsleds')
        lemma = word[:-1]
    stem = lemma[:-1] if lemma.endswith("a") and len(lemma) > 3 else lemma
    stem = stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else stem  # 'bestämm' is met by 'bestämde'
    return fold(stem) if len(stem) >= 3 else ""


def tells_act(unit: Unit, stem: str) -> bool:
    """Whether a unit (or the sentence before it, its list's intro) has a word that begins with the act's stem
    (`agent_verb`): 'Professionsnätverken leds av skolchefen' tells who leads them."""
    kin = {stem, *(fold(w) for family in lex.AGENT_VERB_KIN if any(stem.startswith(fold(m)) for m in family)
                   for w in family)}
    # A stem of four letters or more is met inside a compound too ('arbetsleds', 'huvudutförare'); a shorter one only
    # at a word's start ('led' is in 'ledig' but also in 'anledning'); so is a kin word of four ('ring' is in every
    # 'utvärdering': only the asked stem itself is met inside a word from four letters).
    pattern = re.compile("|".join(("" if len(k.strip()) >= (4 if k == stem else 5) else r"\b") + re.escape(k)
                                  for k in sorted(kin)))
    return bool(pattern.search(fold(unit.text)) or pattern.search(fold(unit.context())))


def names_doer(unit: Unit) -> bool:
    """Whether a unit names someone who may do an act: a person (`names_person`), a role (lexicon.ROLE_SENTENCE_RE,
    AGENT_SENTENCE_RE's role titles) or a body by its name (lexicon.BODY_NAME_RES, not a bare capitalised word).

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="doer", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> [names_doer(unit(t)) for t in ("Projektledare är Anna Svensson.", "Författare: Anna Berg.",
    ...  "Rektor har huvudansvaret för kartläggningen.", "Skolorna i Ekby deltar i ett regionalt nätverk.",
    ...  "Det handlar om vad som ska göras samt ansvarsfördelning.")]
    [True, True, True, False, False]
    """
    # Responsibility as a thing ('ansvarsfördelning', 'ansvaret') names no one; 'ansvarig' and the roles do.
    roles = [m.group(0) for m in lex.AGENT_SENTENCE_RE.finditer(unit.text)
             if not re.fullmatch(r"ansvar(?!ig)\w*", m.group(0), re.I)]
    return names_person(unit, "") or bool(roles) or any(
        lex.BODY_NAME_RES[kind].search(unit.text) for kind in lex.BODY_NAME_RES if kind != "namn") or \
        in_doer_column(unit)


def in_doer_column(unit: Unit) -> bool:
    """Whether a table row fills a cell under a column headed as the doer's ('Åtgärd | Ansvarig | Klart' over
    'Lektionsserie om … samtycke … | Skolkurator | December 2025'; lexicon.DOER_COLUMN_RE): an action plan's table
    names who does each row's thing there, whatever word the cell uses (wrongref36 probes: 'Vem håller i
    lektionerna om samtycke?' was refused, the cell's 'Skolkurator' read as no doer)."""
    if unit.kind != "row":
        return False
    headers = [h for h in header_rows(unit) if h is not unit]
    values = cells_in_place(unit)
    names = column_names(headers, len(values)) if headers else None
    return bool(names) and any(lex.DOER_COLUMN_RE.fullmatch(name.strip()) and values[i].strip()
                               for i, name in enumerate(names))


def tells_agent(unit: Unit, rarest: str) -> bool:
    """Whether a unit tells who acts without the asked verb: a passive with its agent ('Kartläggningen genomfördes
    av skolkuratorerna'), or a role sentence naming the rarest asked term (`rarest`, '' for none).

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="agent", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> [tells_agent(unit(t), "kartlaggning") for t in ("Kartläggningen genomfördes av skolkuratorerna.",
    ...  "Samordnare för kartläggningen är elevhälsans chef.", "Samordnare för läxhjälpen är Anna.",
    ...  "Kartläggningen visade stora skillnader.", "Enkäten skickades ut av Novus.")]
    [True, True, False, False, True]
    """
    if lex.PASSIVE_AGENT_RE.search(unit.text):
        return True
    return bool(rarest) and bool(lex.ROLE_SENTENCE_RE.search(unit.text)) and names_term(unit, rarest)


def asked_role(question: Question) -> str:
    """The role a person question asks who holds, folded ('Vem var verksamhetschef för …?' -> 'verksamhetschef');
    '' when it names none ('Vem är det som …?') or is not Swedish (the documents' role words are Swedish)."""
    m = lex.PERSON_QUESTION_RE.match(question.text)
    if m is None or question.language != "sv":
        return ""
    words = re.findall(r"[a-zåäöé][\w-]*", question.text[m.end():].lower())[:3]
    # Past modifiers ('ytterst') and a genitive ('skolans rektor') to the role noun.
    role = next((w for i, w in enumerate(words) if w not in lex.ROLE_MODIFIERS
                 and not (w.endswith("s") and i + 1 < len(words))), "")
    return fold(role) if len(role) >= 4 and tokenize(role) else ""


def _role_stem(role: str) -> str:
    """The stem a unit must hold to name the (folded) role: an agent noun cut to its '-ar' in any form ('samordnare',
    and the definite 'samordnaren', 'samordnarna': refusal38b probes, 'Vad heter samordnaren mot våld …?' was
    answered by 'Arbetet samordnas av … Amira Haddad'), another role less its last three letters.

    >>> [_role_stem(r) for r in ("samordnare", "samordnaren", "samordnarna", "rektorn", "kurator")]
    ['samordnar', 'samordnar', 'samordnar', 'rekto', 'kurat']
    """
    agent = re.match(rf"(\w+{lex.AGENT_NOUN_ENDING[:-1]})(?:{'|'.join(lex.AGENT_NOUN_FORM_ENDINGS)})$", role)
    return agent.group(1) if agent else role[: max(5, len(role) - 3)]


def names_person(unit: Unit, role: str) -> bool:
    """Whether a unit names a person in `role` (`asked_role`, folded; '' for any): a name in a passage about
    another role, or the course described without its teacher, does not say who is 'kursansvarig'.

    >>> from assistant.grounding.question import analyse
    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="names-person", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> role = asked_role(analyse("Vem är kursansvarig för kursen?"))
    >>> names_person(unit("Kursen leds av Anna Berg och Olle Svensson."), role)
    False
    >>> names_person(unit("Kursansvarig är Anna Berg vid Örebro universitet."), role)
    True
    >>> role = asked_role(analyse("Vem är samordnare mot våld i nära relationer?"))
    >>> names_person(unit("Arbetet samordnas av strategen Anna Berg."), role)
    False
    >>> names_person(unit("Anna Berg är samordnare för arbetet."), role)
    True
    >>> role = asked_role(analyse("Vad heter samordnaren mot våld i nära relationer?"))
    >>> names_person(unit("Arbetet samordnas av strategen Anna Berg."), role)
    False
    """
    if not any(_is_name(m.group(0)) for m in lex.PERSON_NAME_RE.finditer(unit.text)):
        return False
    if not role:
        return True
    # (an agent noun keeps its '-ar' in every form, 'samordnaren', 'samordnarna': cut to it, the verb's 'samordnas'
    # names no one in the role; lexicon.AGENT_NOUN_ENDING, refusal35b probes)
    stem = _role_stem(role)
    return stem in fold(unit.text) or stem in fold(unit.context())


def names_role_field(unit: Unit, role: str) -> bool:
    """Whether a unit has a field labelled with the asked role and a value after it ('Ansvarig: ungdomsstrategen.',
    'Ansvar: arbetslagen', 'Samordnare: HR-strategen'): the value holds the role, whether a person or a post or
    body, so 'Vem är ansvarig för dialogen …?' is answered by it as 'Vem ansvarar för …?' is (own probes, wrongref37:
    an item's 'Ansvarig: ungdomsstrategen.' was refused for want of a person's name). A role named in running text
    ('Arbetet samordnas av strategen') is no field; `role` is asked_role's, folded ('' names no field).

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="role-field", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> [names_role_field(unit(t), "ansvarig") for t in ("En dialog genomförs. Ansvarig: ungdomsstrategen.",
    ...  "Ansvar: arbetslagen, från och med den 1 februari.", "Rektor är ansvarig för planen.", "Ansvarig:")]
    [True, True, False, False]
    >>> names_role_field(unit("Ansvar: rektor."), "rektor"), names_role_field(unit("Samordnare: Anna."), "samordnare")
    (False, True)
    """
    if not role:
        return False
    stem = _role_stem(role)
    return re.search(rf"(?<![\w-]){re.escape(stem)}\w*\s*:\s*\w", fold(unit.text)) is not None


def _is_name(words: str) -> bool:
    """Whether two capitalised words (lexicon.PERSON_NAME_RE) are a person's name, not a heading run into a sentence
    ('Sammanfattning Projektet …'): a surname is no common noun in its definite form (simplemma lemmatizes
    'Projektet' to 'projekt', leaves 'Berg', 'Svensson' as they are).

    >>> _is_name("Anna Berg"), _is_name("Olle Svensson"), _is_name("Sammanfattning Projektet")
    (True, True, False)
    """
    last = words.split()[-1].lower()
    return not has_definite_ending(last)
