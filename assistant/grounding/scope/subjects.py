"""Named subjects and places: whether a passage covers the municipality, school or body asked, and their wording."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant import lexicon as lex
from assistant.grounding.question import (
    Question,
    Subject,
    owned_phrase,
)
from assistant.grounding.scope.bodies import (
    _NOT_BODY_NAMES,
    _municipality_name_re,
)
from assistant.grounding.scope.periods import (
    _own_years,
    _paragraph_before,
)
from assistant.grounding.selection import (
    name_kind,
    name_words,
    subject_is_covered,
)
from assistant.index.lexical import (
    fold,
)
from assistant.index.units import (
    Unit,
    split_sentences,
    units_of,
)
from assistant.schema import Chunk


def says_more_than(unit: Unit, named: Sequence[Subject]) -> bool:
    """Whether a unit says something beyond naming the subject: 'Hjo kommun, maj 2025.' (a signature line, a
    member list entry) is no evidence about Hjo."""
    names = {t for s in named for t in fold(s.text).replace("#", " ").split()}
    words = [w for w in re.findall(r"[a-zåäöéü]+", fold(unit.text)) if w not in names and w not in _SIGNATURE_WORDS]
    return len(words) >= 2


_SIGNATURE_WORDS = frozenset(fold(w) for w in (*lex.MONTHS, *lex.SIGNATURE_WORDS))


def covers(unit: Unit, subject: Subject, section_text: Callable[[Chunk], str] | None = None,
           document_text: Callable[[Chunk], str] | None = None) -> bool:
    """Whether a unit speaks of `subject`: in its passage (chunk) or section path, or its document's title or year
    (a year range counts only in the passage: a 2024–2027 strategy is not about 2026; the year itself may stand
    anywhere in the section). A name may
    also be set once for a whole section (an appendix about one municipality): `section_text` gives the text
    of the chunk's top-level section.

    The document's year counts only for a section that gives no year of its own: an appendix that follows pupils
    in 2018–2019, in a report published 2021, has no figures about 2021.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="covers", source="r.md", title="Rapport", doc_type="rapport", heading_path=[],
    ...               text="Av årskullens 313 elever var 236 behöriga.", start_line=1, end_line=1, year=2021)
    >>> unit = Unit(chunk.text, chunk, 0, 1, 1, "sentence", "body")
    >>> dated = lambda c: "Under 2018 och 2019 följde förvaltningen upp en årskull. " + c.text
    >>> covers(unit, Subject("2021", "year"), dated), covers(unit, Subject("2019", "year"), dated)
    (False, True)
    >>> covers(unit, Subject("2021", "year"), lambda c: "Förvaltningen följde upp en årskull. " + c.text)
    True
    """
    c = unit.chunk
    if subject.kind == "year":  # a year may be set once for a passage ("Våren 2021 fick …") or a section
        own = _own_years(unit.text)
        if not lex.YEAR_RE.search(own):  # or the paragraph dates it before it: 'I juni 2016 … Tillsynen visade …'
            own = _own_years(_paragraph_before(c.text, unit.text))
        if lex.YEAR_RE.search(own) and not subject_is_covered(subject, [own]):
            return False  # the unit is dated otherwise: 'I juni 2016 avslutade …' is not about 2019
        # The document's year dates a passage only when its section gives none of its own: an appendix dated 2019
        # in a report published 2021 is not about 2021.
        section = section_text(c) if section_text is not None else ""
        dated = lex.YEAR_RE.search(_own_years(lex.CITED_YEAR_RE.sub(" ", section)))
        exact = [c.title] + ([] if dated else [str(c.year or "")])
        # … unless the passage dates itself otherwise: 'I juni 2016 avslutar Skolinspektionen tillsynen' is not
        # about 2019 because the report's chapter mentions 2019.
        # The passage is the unit's own part of its chunk: a chunk that runs on into the next sub-section
        # ('Resultat' … '## Anmälan till sommarskolan 2025') does not date the results by the next one's year.
        passage = own_section_text(unit)
        if section_text is not None and not lex.YEAR_RE.search(lex.CITED_YEAR_RE.sub(" ", passage)):
            exact.append(section_text(c))
        return subject_is_covered(subject, [passage, c.heading_path_text], exact_years=exact)
    texts = [c.text, c.heading_path_text, c.title, c.publisher, file_name_words(c.source)]
    return subject_is_covered(subject, texts) or named_only_at_top(subject, c, document_text) or \
        named_by_its_head(subject, c, document_text) or (
        section_text is not None and is_place(subject) and subject_is_covered(subject, [section_text(c)])
        and not names_other_body(f"{c.heading_path_text} {c.title}", subject))


def own_section_text(unit: Unit) -> str:
    """The text of `unit`'s chunk that stands in the unit's own section: a chunk that holds the end of one
    sub-section and the start of the next gives only the lines under the unit's heading.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="own-section", source="s.md", title="Sommarskola", doc_type="övrigt",
    ...               heading_path=["Sommarskola", "Resultat"], start_line=1, end_line=3,
    ...               text="Fler läser nu.\\nAnmälan 2025\\nAnmäl senast i maj.",
    ...               line_spans=[(1, 1), (2, 2), (3, 3)], line_roles=["p", "hs", "p"])
    >>> own_section_text(units_of(chunk)[0])
    'Fler läser nu.'
    """
    units = units_of(unit.chunk)
    own = [u.text for u in units if u.section_heading == unit.section_heading]
    return "\n".join(own) if own and len(own) < len(units) else unit.chunk.text


def named_by_its_head(subject: Subject, chunk: Chunk, document_text: Callable[[Chunk], str] | None) -> bool:
    """Whether the passage speaks of the organisational unit `subject` by its head noun alone ('Förvaltningen
    bedömer …', 'Förvaltningens förslag' for 'fritidsförvaltningen'), in a document that names that unit and no
    other of its kind: there 'förvaltningen' can only be that one. A document naming two förvaltningar leaves the
    bare word open, and one that never names the asked unit is of another.

    >>> from assistant.schema import Chunk
    >>> doc = ("Nämnden gav fritidsförvaltningen i uppdrag att följa upp stödet.\\n"
    ...        "Förvaltningen bedömer att stödet gynnar pojkar.")
    >>> chunk = Chunk(chunk_id="head", source="p.txt", title="Protokoll", doc_type="övrigt", heading_path=[],
    ...               text="Förvaltningen bedömer att stödet gynnar pojkar.", start_line=2, end_line=2)
    >>> [named_by_its_head(Subject(u, "unit"), chunk, lambda c: doc) for u in ("fritidsförvaltningen",
    ...  "socialförvaltningen")]
    [True, False]
    >>> named_by_its_head(Subject("fritidsförvaltningen", "unit"), chunk, lambda c: doc + " Socialförvaltningen …")
    False
    """
    head = lex.ORG_UNIT_HEAD_RE.search(subject.text)
    if subject.kind != "unit" or document_text is None or head is None or head.start() < 3:
        return False
    noun = head.group(1).lower()
    if not re.search(rf"\b{noun}(?:en|et)s?\b", f"{chunk.text}\n{chunk.heading_path_text}", re.I):
        return False
    named = _units_named(document_text(chunk))
    return {n for n in named if n.endswith(noun)} == {_org_base(subject.text)}


def _org_base(name: str) -> str:
    """An organisational unit's name without its definite or genitive ending, lower case ('fritidsförvaltningens'
    -> 'fritidsförvaltning')."""
    return re.sub(r"(?:en|et)?s?$", "", name.lower()) if lex.ORG_UNIT_HEAD_RE.search(name) else name.lower()


@lru_cache(maxsize=64)
def _units_named(text: str) -> frozenset[str]:
    """The organisational units `text` names, as `_org_base` gives them."""
    return frozenset(_org_base(m.group(1).split()[-1]) for m in lex.ORG_UNIT_RE.finditer(text))


def named_only_at_top(subject: Subject, chunk: Chunk, document_text: Callable[[Chunk], str] | None) -> bool:
    """Whether the document names `subject` once, at its top ('Förskolan Lärkan, Lindås kommun' under a plan's
    title) and nowhere in its body: then the whole document is about it, and every passage speaks of it. A name the
    body uses again (a report about several municipalities) places only the passages that name it."""
    if document_text is None:
        return False
    text = document_text(chunk)
    top = opening(text)
    rest = text.split(top.rsplit("\n", 1)[-1], 1)[-1] if top else text
    return subject_is_covered(subject, [top]) and not subject_is_covered(subject, [rest])


# How much of a document's start counts as its opening: its first lines, up to so many characters.
OPENING_LINES = 3
OPENING_CHARS = 300


def opening(text: str) -> str:
    r"""A document's first few non-blank lines, where it names whom it is about.

    >>> opening("Plan mot kränkande behandling\n\nFörskolan Lärkan, Lindås kommun\nSyfte\nText").split("\n")
    ['Plan mot kränkande behandling', 'Förskolan Lärkan, Lindås kommun', 'Syfte']
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n".join(lines[:OPENING_LINES])[:OPENING_CHARS]


def file_name_words(source: str) -> str:
    """A file name's words ('uppladdad/plan-forskolan-larkan-2025.docx' -> 'plan forskolan larkan 2025'), which
    folded compare as the document's words do.

    >>> file_name_words("uppladdad/plan-forskolan-larkan-2025.docx")
    'plan forskolan larkan 2025'
    """
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[-_.]+", " ", stem).strip()


def is_place(subject: Subject) -> bool:
    """Whether a named subject is a place or body (a municipality, county, school, 'X kommun'): one a report may
    name once for a whole section. A project, programme or person named elsewhere in the section is not what
    a passage that does not name it is about ('Vad tyckte föräldrarna om Plugga vidare?' is not answered by what
    parents said in interviews a chapter away from the project).

    >>> [is_place(Subject(t, "name")) for t in ("Karlskoga", "Region Östergötland", "Skåne", "Björkskolan",
    ...  "Plugga", "Lasse Jansson", "#jagmed")]
    [True, True, True, True, False, False, False]
    """
    folded = subject.folded
    return bool(name_kind(folded)) or folded.endswith(_SCHOOL_ENDINGS) or _place_name_re().search(folded) is not None


_SCHOOL_ENDINGS = tuple(fold(e) for e in lex.SCHOOL_NAME_ENDINGS)


@lru_cache(maxsize=1)
def _place_name_re() -> re.Pattern[str]:
    """Municipality, county and province names in folded text."""
    names = sorted({fold(n) for n in (*lex.MUNICIPALITIES, *lex.COUNTY_NAMES)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def names_other_body(heading: str, subject: Subject) -> bool:
    """Whether a passage's headings name another body of the kind `subject` names ('Bilaga 1: … (Region
    Östergötland)' for 'Örebro län'): a report about several places is about that one there, whatever else it
    names elsewhere.

    >>> names_other_body("Bilaga 1: #jagmed (Region Östergötland) › Resultat", Subject("Örebro län", "name"))
    True
    >>> names_other_body("Bilaga 2: Region Örebro län › Resultat", Subject("Örebro län", "name"))
    False
    >>> names_other_body("Bilaga 2: Progression 02 (Karlskoga kommun)", Subject("Degerfors", "name"))
    True
    """
    kind = name_kind(subject.folded) or ("kommun" if subject.folded in _MUNICIPALITY_FOLDS else "")
    if not kind:
        return False
    own = name_words(subject.folded)
    return any(not all(w in fold(m.group(0)) for w in own) for m in lex.BODY_NAME_RES[kind].finditer(heading))


_MUNICIPALITY_FOLDS = frozenset(fold(n) for n in lex.MUNICIPALITIES)


def subject_phrase(question: Question, missing: Sequence[Subject], everywhere: bool = False) -> str:
    """What the material has nothing about: the question as a topic where it asks more than the missing places
    ('hur många elever i Kumla som gick från …': the place alone would not say which figure is missing), else
    'Alingsås kommun (2024)' — the missing names, with the years the question names.

    A name the material does use (`everywhere` False: it lacks the name only where the asked thing is, or lacks
    the name with the asked year) is no more what is missing than a place is: 'inga uppgifter om Skolinspektionen
    (2019)' reads as if the material had nothing about Skolinspektionen (trial26 C13), so the question as a topic
    says what is missing ('hur många skolor Skolinspektionen tittade på … 2019').

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Hur många skolor tittade Skolinspektionen på i sin uppföljning 2019?")
    >>> subject_phrase(q, q.subjects), subject_phrase(q, q.subjects[:1], everywhere=True)
    ('hur många skolor tittade Skolinspektionen på i sin uppföljning 2019', 'Skolinspektionen (2019)')
    """
    asks_more = len(question.text.split()) > 2 + sum(len(s.text.split()) for s in missing)
    if missing and asks_more and (all(s.kind == "name" and is_place(s) for s in missing) or (
            not everywhere and any(s.kind == "name" for s in missing))):
        phrase = topic_phrase(question.text)
        for s in missing:  # a name typed in lower case ('i lerum') as the place is written
            phrase = re.sub(rf"(?<!\w){re.escape(s.text)}(?!\w)", s.text, phrase, flags=re.I)
        return phrase
    names = [owned_phrase(question.text, s.text) for s in missing if s.kind in ("name", "unit")]
    years = [s.text for s in question.subjects if s.kind == "year"]
    if names:
        return ", ".join(names) + (f" ({', '.join(years)})" if years else "")
    return topic_phrase(question.cue_text)


def other_place(unit: Unit, missing: Sequence[Subject]) -> str:
    """The municipality a unit (its text or headings) is about when it is not one of the `missing` places the
    question asked about: the refusal says the material has the figure for that place instead ('' when none)."""
    asked = {fold(s.text) for s in missing}
    text = f"{unit.text} {unit.chunk.heading_path_text}"
    named = [m.group(0) for m in lex.BODY_NAME_RES["kommun"].finditer(text)
             if m.group(0).split()[0].lower() not in _NOT_BODY_NAMES]
    # A bare name only in the unit itself: a heading's 'Örebro universitet' says who wrote, not which place.
    named += [m.group(0) for m in _municipality_name_re().finditer(unit.text)]
    for name in named:
        own = fold(name.split()[0])
        if not any(own in a or a.startswith(own) for a in asked):
            return name
    return ""


def topic_phrase(text: str) -> str:
    """The question as a topic: 'Hur många elever har X?' -> 'hur många elever har X' (the refusal puts it in
    the order of an indirect question: generation.wording)."""
    sentences = split_sentences(" ".join(text.split()))
    asked = [s for s in sentences if s.endswith("?")]
    if len(sentences) > 1 and asked:  # what was asked, not the background told before it ('Jag är rektor på …')
        text = asked[-1]
    topic = lex.QUESTION_HEDGE_RE.sub("", " ".join(text.split())).strip(" ?!.")
    topic = lex.FIGURES_EXIST_QUESTION_RE.sub("", topic)  # 'finns det statistik på hur många X' asks 'hur många X'
    topic = re.sub(r"^(kan du|kan ni|jag undrar|berätta|säg)\s+", "", topic, flags=re.I)
    return topic[:1].lower() + topic[1:] if topic[:2] != topic[:2].upper() else topic


def where_figures_are(question: Question) -> str:
    """Where what the question asks for is usually published (see lexicon.STATISTICS_SOURCES).

    >>> from assistant.grounding.question import Question
    >>> def Q(text): return Question(text=text, language="sv", answer_type="fact")
    >>> where_figures_are(Q(text="Vad tycker Lärarförbundet om könsuppdelad statistik?")).split(",")[0]
    'organisationens eller gruppens egna ställningstaganden'
    >>> where_figures_are(Q(text="Hur många skolor i Umeå har fått föreläggande?")).split(",")[0]
    'Skolinspektionens beslut och granskningsrapporter'
    >>> where_figures_are(Q(text="Hur stor budget har Länsstyrelsen för strategin?")).split(" (")[0]
    'budget, årsredovisning och beslutsprotokoll hos den organisation som står för kostnaden'
    >>> def N(text): return Question(text=text, language="sv", answer_type="number")
    >>> where_figures_are(N(text="Hur många elever i Alingsås saknar behörighet?")).split(" (")[0]
    'Skolverkets statistik'
    >>> where_figures_are(Q(text="Vilken kommun har skrivit dokumentet?")).split(" eller")[0]
    'dokumentets försättsblad'
    >>> where_figures_are(Q(text="Vilka åtgärder beslutade nämnden i planen?")).split(" (")[0]  # no document fact
    'kunskapsstöd och vägledningar från ansvariga myndigheter'
    >>> where_figures_are(Q(text="Vilka betyg fick eleverna i Alingsås 2024?")).split(" (")[0]  # results: statistics
    'Skolverkets statistik'
    >>> where_figures_are(N(text="Hur mycket statsbidrag fick Mölndal?")).split(" (")[0]
    'den beviljande myndighetens webbplats om bidraget'
    >>> where_figures_are(Q(text="Vad säger materialet om hedersnormer?")).split(" (")[0]
    'kunskapsstöd och vägledningar från ansvariga myndigheter'
    >>> where_figures_are(N(text="Hur många pojkar och flickor gick i kulturskolan 2024?")).split(" (")[0]
    'kommunens egen bidrags-, besöks- och deltagarstatistik'
    >>> where_figures_are(Q(text="Hur fördelades aktivitetsstödet mellan flickor och pojkar 2021?")).split(" (")[0]
    'kommunens egen bidrags-, besöks- och deltagarstatistik'
    >>> where_figures_are(N(text="Vilken var medianen för biståndstiden bland kvinnor?")).split(" (")[0]
    'ert verksamhetssystem'
    >>> from assistant.grounding.question import Subject
    >>> lerum = Question(text="Vad säger Lerum om hedersnormer?", language="sv", answer_type="fact",
    ...                  subjects=[Subject("Lerum", "name")])
    >>> where_figures_are(lerum).split(",")[0]
    'organisationens egna styrdokument'
    """
    text = question.text
    if lex.DOCUMENT_FACT_RE.search(text):
        return lex.DOCUMENT_FACT_SOURCES
    for pattern, sources in lex.ASKED_KIND_SOURCES:  # a view, an inspection, how one worked, a grant, a cost
        if pattern.search(text):
            return sources
    figures_asked = question.answer_type == "number" or bool(lex.SHARE_QUESTION_RE.search(text)) or \
        bool(lex.RESULT_STATISTICS_RE.search(text)) or bool(lex.GENDER.search(text))
    if figures_asked:
        # Figures of a kommun's own field (a kulturskola, aktivitetsstöd, försörjningsstöd, the staff's pay) are kept
        # in that field's own records, not in the school statistics (trial 29 #3).
        for pattern, sources in lex.DOMAIN_STATISTICS_SOURCES:
            if pattern.search(text):
                return sources
    if question.answer_type != "number" and not lex.SHARE_QUESTION_RE.search(text) and \
            not lex.RESULT_STATISTICS_RE.search(text):
        # Knowledge or guidance asked, not a figure: a named place's own documents, else the agencies' guidance.
        if any(s.kind == "name" and is_place(s) for s in question.subjects):
            return lex.OWN_DOCUMENTS_SOURCES
        return lex.GUIDANCE_SOURCES
    for pattern, sources in lex.STATISTICS_SOURCES:
        if pattern.search(text):
            return sources
    return lex.DEFAULT_STATISTICS_SOURCE
