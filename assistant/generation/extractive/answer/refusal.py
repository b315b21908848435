"""The extractive refusal: what the material lacks, the closest passage and where such data is found."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.generation.extractive.absent_rows import absent_row_lines
from assistant.generation.extractive.answer.lists import _list_block
from assistant.generation.extractive.answer.quoting import (
    Written,
    _clean,
    _key,
    cite_unit,
    quoted_alone,
    row_sentence,
    table_header,
)
from assistant.generation.extractive.tables import caption_of, table_named, write_table
from assistant.generation.wording import agent_question, indirect_question, listed
from assistant.grounding.grades import grades_phrase, spoken_grades, unit_grades
from assistant.grounding.question import Question, owned_phrase
from assistant.grounding.scope import Verdict, dated_by, is_place, other_place, topic_phrase, where_figures_are
from assistant.grounding.scope.gaps import own_records, stated_gap
from assistant.grounding.scope.refusal_focus import document_key
from assistant.grounding.selection import Scored, Selection, table_of
from assistant.grounding.table_years import table_years
from assistant.index.lexical import fold
from assistant.index.units import Unit


def write_refusal(question: Question, verdict: Verdict, selection: Selection, book: CitationBook) -> Written:
    """Say precisely what the material lacks; show the closest material as being about something else."""
    english = question.language == "en"
    if verdict.reason == "script":
        return Written("Jag kan bara svara på frågor på svenska eller engelska. Skriv gärna frågan på svenska. "
                       "(I can only answer questions in Swedish or English: the sources are in Swedish.)", False)
    if verdict.reason == "courtesy":  # answered in kind, with what the assistant can do
        if question.courtesy == "thanks":
            return Written("Varsågod! Fråga gärna igen om du vill veta mer.", False)
        return Written("Hej! Jag svarar på frågor om underlaget för jämställdhetsintegrering och visar var i "
                       "dokumenten svaret står. Fråga till exempel ”Vilka insatser kan minska frånvaron bland "
                       "pojkar?”", False)
    if verdict.reason == "empty":
        return Written("Frågan innehåller inga ord som jag kan söka på. Skriv vad du vill veta, till exempel "
                       "”Vilka insatser kan minska frånvaron bland pojkar?”", False)
    if verdict.reason == "offtopic":
        asked = _asked_about(question) if not english else ""
        gap = stated_gap(question, selection.ranked) if not english else None
        if gap is not None:
            # The material says itself that it does not measure the asked thing: say that sentence, cited, and the
            # records it names (trial 29 #3: 'Hall- och planbokningar för vuxna över 20 år följs inte upp per kön').
            head = f"Underlaget har inga uppgifter om {re.sub(r'^om ', 'huruvida ', asked)}." if asked else \
                "Underlaget har inga uppgifter som besvarar din fråga."
            return Written("\n".join([head,
                                      _gap_line(gap, book), _pointer(gap, where_figures_are(question))]),
                           False)
        if asked:  # a question naming a place or year: say what is missing and where such data is found
            # A yes/no question reordered opens with 'om' ('om det finns läxhjälp i Kumla'): 'om huruvida …'.
            asked = re.sub(r"^om\s", "huruvida ", asked)
            return Written(f"Underlaget har inga uppgifter om {asked}.\n"
                           f"Sådana uppgifter finns oftast i {where_figures_are(question)}.", False)
        text = "Underlaget tar inte upp det du frågar om, så jag kan inte svara på det utan att gissa."
        if english:
            text = "The sources (all in Swedish) do not cover this, so I cannot answer it.\n" + text
        return Written(text, False)
    if verdict.reason == "undefined":
        return _write_undefined(verdict, book)
    if verdict.reason == "label":  # a protocol paragraph it lacks: say which it has, so the asker can pick one
        title, _, have = verdict.numbered.rpartition(": ")
        return Written(f"Underlaget har ingen {verdict.phrase}. ”{title}” har {have}.", False)
    if verdict.reason == "section":  # a numbered section it lacks: say which it has, so the asker can pick one
        title, _, have = verdict.numbered.rpartition(": ")
        said = f" ”{title}” har {have}." if have else ""
        return Written(f"Underlaget har inget {verdict.phrase}.{said}", False)
    if verdict.reason == "table_year":
        return _write_table_year(question, verdict, book)
    if verdict.reason == "row" and verdict.table_gap is not None:  # a row the table lacks: say which rows it has
        return Written("\n".join(absent_row_lines(verdict.table_gap, book, where_figures_are(question))), False)
    if verdict.reason == "ordinal":  # an item beyond the run: say how far the material counts, and show where
        # (no pointer to national agencies: a project's own run is told in its own documentation, named here)
        lines = [f"Underlaget har inga uppgifter om {verdict.phrase}."]
        counted = verdict.evidence[0] if verdict.evidence else None
        if counted is not None:
            where = counted.unit.section_heading or counted.unit.chunk.title
            lines.append(f"Det närmaste underlaget räknar bara till {verdict.numbered} ({where}): "
                         f"”{_clean(counted.unit)}”{markers([cite_unit(book, counted.unit)])}")
        return Written("\n".join(lines), False)
    if verdict.reason == "form" and (told := _form_list(verdict)) is not None:
        return _write_form_list(question, told, book)
    # a holder's view, a part of a year and a presupposed ending (scope.premise_phrase) stand as they are
    # (and an amount for an item a list lacks, scope.lacks_item)
    # (and the statement whose cause is asked, reordered in scope.cause_phrase)
    as_said = verdict.reason in ("view", "period", "premise", "item", "cause", "group")
    topic = indirect_question(verdict.phrase) if question.language == "sv" and not as_said else verdict.phrase
    if verdict.reason == "agent":  # 'vem som leder …': the question word is the doer (scope.agent_verb)
        topic = agent_question(verdict.phrase) or topic
    yes_no_view = re.match(r"(var|är|blev)\s+(\S+)\s+(.+)", verdict.phrase or "", re.I)
    if verdict.reason == "view" and yes_no_view:  # 'var studenterna nöjda med …' -> 'huruvida studenterna var nöjda …'
        topic = f"huruvida {yes_no_view.group(2)} {yes_no_view.group(1).lower()} {yes_no_view.group(3)}"
    if topic is not None and not as_said and re.match(r"om\s", verdict.phrase or "", re.I):
        topic = None  # a condition first ('Om en elev …, hur mycket …?'): its 'om' asks no yes/no question
    if english:
        # the English question is not quoted back inside a Swedish sentence ('inga uppgifter om how many …')
        topic = None
    counted = _counted_word(question)
    asked_names = [s for s in question.subjects if s.kind == "name"]
    if topic is None and counted and asked_names and all(is_place(s) for s in asked_names):
        # 'Hur många elever i Borås kommun var behöriga 2023?': the count missing, not only the place.
        places = [owned_phrase(question.text, s.text) for s in asked_names]
        years = [s.text for s in question.subjects if s.kind == "year"]
        at = "på" if all(p.lower().endswith(lex.SCHOOL_NAME_ENDINGS) for p in places) else "i"
        topic = f"antalet {counted} {at} {listed(places)}" + (f" ({listed(years)})" if years else "")
    if topic is None and verdict.reason == "statistic":  # the statistic asked, as asked ('kvinnornas medellön')
        named = [owned_phrase(question.text, s.text) for s in question.subjects]
        about = f" ({', '.join(named)})" if named else ""
        lines = [f"Underlaget har inga uppgifter om {verdict.asked_phrase or verdict.asked}{about}."]
    elif verdict.reason == "day_part":  # figures of another part of the day: none of the asked part (scope.day_parts)
        named = [owned_phrase(question.text, s.text) for s in question.subjects]
        about = f" ({', '.join(named)})" if named else ""
        lines = [lex.DAY_PART_REFUSAL.format(asked=verdict.asked, about=about)]
    elif topic is None:  # a question it cannot reorder with certainty: what it names, not the question quoted back
        # what is missing, not all it names ('om Skolinspektionen och 2023' where only 2023 is missing: 'för 2023')
        # (and of the question's subjects only those the nearest document does not speak of: scope.refusal_focus)
        # (a school form missing keeps the place it is asked of: 'om Ekby i förskolan')
        # (and when the nearest document speaks of all of them, the question's subjects as asked: 'om Hamnen')
        missing = verdict.uncovered if verdict.uncovered and verdict.reason != "form" else \
            verdict.missing if verdict.reason == "subject" and verdict.missing else question.subjects
        named = [owned_phrase(question.text, s.text) for s in missing]
        about = (f" för {listed(named)}" if all(s.kind == "year" for s in missing) else f" om {listed(named)}") \
            if named else ""
        if verdict.reason == "form":  # the school form missing, as asked: 'om Ekby i förskolan'
            forms = listed([s.text for s in verdict.missing if s.text])
            about = f"{about} {forms}" if about else " om " + re.sub(r"^(?:i|på|inom|för)\s+", "", forms)
        lines = [f"Underlaget har inga uppgifter som besvarar din fråga{about}."]
    else:
        # A yes/no question reordered opens with 'om' ('om resultaten blev bättre'): 'inga uppgifter om huruvida …'.
        topic = re.sub(r"^om\s", "huruvida ", topic)
        lines = [f"Underlaget har inga uppgifter om {topic}."]
    gap = stated_gap(question, [*verdict.evidence, *selection.ranked]) if question.language == "sv" else None
    if gap is not None:
        # what is missing is the asked thing itself, not the place or year the material is of (trial 29 S10: 'inga
        # uppgifter … om Ekedal och 2024' of a report on Ekedal 2024); the material's sentence says what
        said = indirect_question(topic_phrase(question.cue_text))
        lines = [f"Underlaget har inga uppgifter om {re.sub(r'^om ', 'huruvida ', said)}." if said
                 else "Underlaget har inga uppgifter som besvarar din fråga."]
    closest = _closest(question, verdict, selection)
    # A sentence where the material says it does not measure the asked thing is the closest thing there is, before a
    # neighbouring row (trial 29 #3: 'vi vet i dag inte hur kulturskolans elever fördelar sig på kön och ålder').
    if gap is not None:
        lines.append(_gap_line(gap, book))
        closest = None
    if closest is not None:
        n = cite_unit(book, closest.unit)
        where = closest.unit.section_heading or closest.unit.chunk.title
        if closest.unit.kind == "row":  # a row is of its own table, whatever section its chunk opened with
            where = table_named(closest.unit) or where
        header = table_header(closest.unit)
        said = row_sentence(header, closest.unit) if header is not None else quoted_alone(closest.unit)
        if verdict.reason == "outcome":  # the thing is there, as a plan: say so, not that it is something else
            lines.append(f"Underlaget beskriver det som planerat, inte vad det har gett ({where}): "
                         f"”{said}”{markers([n])}")
        elif verdict.reason == "period":  # a figure of another part of the year: say which, not 'something else'
            when = next((p.text for p in dated_by(closest.unit)), "")
            lines.append(f"Det närmaste underlaget gäller {when} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "subject" and _places_missing(verdict) and \
                (place := other_place(closest.unit, verdict.missing)):
            # The material has it for another place: say which, so the asker sees what there is (not a hint that it
            # holds for the asked one). Only where a place is what is missing: a project is no place.
            lines.append(f"Det närmaste underlaget gäller {place} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "subject" and any(s.kind == "grade" for s in verdict.missing) and \
                (grades := unit_grades(closest.unit) or spoken_grades(f"{closest.unit.chunk.title} "
                                                                      f"{closest.unit.chunk.text}")):
            # the material has it for other grades: say which ('årskurs 6 och 9'), not that it is something else
            lines.append(f"Det närmaste underlaget gäller {grades_phrase(grades)} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "subject" and verdict.uncovered and all(s.kind == "year" for s in verdict.uncovered) \
                and closest.unit.kind == "row" and (years := table_years(table_of(closest.unit))):
            # the measure is there for other years: say which, not that it is something else (trial 30 H09)
            lines.append(f"Det närmaste underlaget gäller {listed(years)} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "mentioned":  # the piece is there by name only: say so, not 'something else'
            lines.append(f"Underlaget nämner det bara, utan att återge innehållet ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "premise":  # the ending asked about is told nowhere: say so, not 'something else'
            lines.append(f"Det närmaste underlaget säger inte att det skedde ({where}): ”{said}”{markers([n])}")
        elif verdict.reason in ("statistic", "day_part"):  # a neighbouring statistic, or part of the day: say which
            lines.append(f"Det närmaste underlaget gäller {verdict.given}, inte {verdict.asked} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "group" and verdict.asked:  # figures of the asked group's whole, split otherwise
            lines.append(f"Det närmaste underlaget delar inte upp siffrorna på {verdict.asked} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "group":  # the noun is counted, split by another group: say so
            lines.append(f"Det närmaste underlaget räknar dem uppdelat på annat sätt ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason in ("cause", "unexplained"):  # told without a reason: say so, not 'something else'
            lines.append(f"Det närmaste underlaget säger bara att det är så, inte varför ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "result":  # the thing is there, but nothing of what it led to
            lines.append(f"Det närmaste underlaget säger inte vad det har gett ({where}): ”{said}”"
                         f"{markers([n])}")
        else:
            lines.append(f"Det närmaste underlaget handlar om något annat ({where}): ”{said}”"
                         f"{markers([n])}")
    where_found = lex.OUTCOME_SOURCES if verdict.reason in ("outcome", "result") else \
        lex.CAUSE_SOURCES if verdict.reason in ("cause", "unexplained") else where_figures_are(question)
    lines.append(_pointer(gap, where_found))
    if english:
        lines.insert(0, "The sources (all in Swedish) have no information about this.")
    return Written("\n".join(lines), False)


def _gap_line(gap: Scored, book: CitationBook) -> str:
    """The material's own sentence saying it does not measure the asked thing, cited (scope.gaps)."""
    where = gap.unit.section_heading or gap.unit.chunk.title
    return f"{lex.GAP_STATED} ({where}): ”{_clean(gap.unit)}”{markers([cite_unit(book, gap.unit)])}"


def _pointer(gap: Scored | None, where_found: str) -> str:
    """Where such data is found: the organisation's own records where the material's sentence on the gap names them
    ('Kulturskolan har ett eget elevregister'), before the usual sources of the asked field (trial 29 #3)."""
    records = own_records(gap.unit.text) if gap is not None else ""
    if records:
        return (f"{lex.OWN_RECORDS_POINTER.format(records=records)}; i övrigt finns sådana uppgifter oftast i "
                f"{where_found}.")
    return f"Sådana uppgifter finns oftast i {where_found}."


def _form_list(verdict: Verdict) -> tuple[list[Unit], list[str]] | None:
    """For a question refused for its school form, the list its best evidence is an item of, and the forms its items
    speak of, when they speak of some (scope: 'Vad beslutade nämnden om gymnasieskolan?' over decisions for the
    grundskola's grades); None otherwise."""
    from assistant.grounding.scope.forms import forms_named, list_at

    items = next((found for s in verdict.evidence if (found := list_at(s.unit))), [])
    named = {f for u in items for f in forms_named(u.text)}
    # a stage is said as the form it is part of when that is named too ('grundskolan', not 'mellanstadiet')
    parts = {p for f in named for p in lex.SCHOOL_FORM_PARTS.get(f, ())}
    forms = [f for f in lex.SCHOOL_FORM_DEFINITE if f in named and f not in parts]
    return (items, forms) if items and forms else None


def _write_form_list(question: Question, told: tuple[list[Unit], list[str]], book: CitationBook) -> Written:
    """A refusal for a school form the best list never speaks of: that what the material says of the matter is not
    about the asked form, which forms it is about, and the list itself, cited (trial 27: all four decisions of a
    grundskola report were given as the answer to 'Vad beslutade nämnden om gymnasieskolan?')."""
    items, forms = told
    asked = listed([lex.SCHOOL_FORM_DEFINITE.get(f, f) for f in question.school_forms])
    where = items[0].section_heading or items[0].chunk.title
    lines = [f"Underlaget har inga uppgifter om {asked} i det du frågar om.",
             f"Det som står om det gäller {listed([lex.SCHOOL_FORM_DEFINITE[f] for f in forms])} ({where}):",
             _list_block(book, items)]
    return Written("\n".join(lines), False)


# How many of the best units a refusal looks among for one with a figure of the asked kind.
CLOSEST_FIGURE_POOL = 8


def _closest(question: Question, verdict: Verdict, selection: Selection) -> Scored | None:
    """The passage a refusal shows as the closest: the verdict's evidence, else the best unit (no label, five words
    or more). For a figure question without evidence, the closest in subject comes first: among the best units
    with a figure of the asked kind, one that gives the asked group's part of a set ('8 av de 11 i denna grupp är
    pojkar' for 'hur många av dem var pojkar'; trial26 C03), counts the asked noun ('28 skolor'), or names the
    question's own topic words ('Elevhälsopersonal 2 400 tkr' for 'Hur mycket satsar Uddevalla kommun på
    elevhälsan?', not a sentence on training staff; trial26 C12), in that order, the better ranked first."""
    if verdict.foreign:
        # not from a document that never names the place or organisation asked about (scope.refusal_focus)
        own = [s for s in selection.ranked if document_key(s.unit.chunk) not in verdict.foreign]
        if own:
            selection = replace(selection, ranked=own)
        kept = [s for s in verdict.evidence if document_key(s.unit.chunk) not in verdict.foreign]
        verdict = replace(verdict, evidence=kept)
    # (a table row of a neighbouring statistic is shown however short: 'Ekskolan | 82' under its column names)
    rows_shown = verdict.reason in ("statistic", "group", "day_part") and bool(verdict.asked)
    shown = [s for s in (verdict.evidence or selection.ranked) if not s.unit.is_label
             and (s.unit.words >= 5 or (rows_shown and s.unit.kind == "row"))]
    first = shown[0] if shown else None
    if verdict.evidence:
        return first
    first = _naming_most(question, selection.ranked, first)
    if question.answer_type != "number":
        return first
    from assistant.grounding.question import common_terms, partitive_part
    from assistant.grounding.scope import counts_asked, says_stem, states_part, unit_has_figure

    group, whole = partitive_part(question.cue_text)
    counted = fold(question.counted)
    own = [t for t in question.content_terms - question.subject_terms - common_terms(question.text)
           if not t.isdigit() and not (counted and fold(t).startswith(counted[:4]))]

    asked = [t for t in question.content_terms if not t.isdigit()]

    def fit(s: Scored) -> tuple[bool, bool, bool]:
        said = f"{s.unit.text} {s.unit.context()}"
        if not any(says_stem(said, t) for t in asked):  # a figure of nothing the question names is no closer
            return (False, False, False)
        return (bool(group) and states_part(s.unit, group, whole),
                bool(counted) and counts_asked(s.unit, question),
                any(says_stem(said, t) for t in own))

    pool = [s for s in selection.ranked[:CLOSEST_FIGURE_POOL] if not s.unit.is_label and s.unit.words >= 3
            and unit_has_figure(s.unit, question)]
    best = max(pool, key=fit, default=None)  # max keeps the first (best ranked) of equals
    if best is None or not any(fit(best)):
        return first
    naming = _asked_naming(question)
    if not fit(best)[2] and first is not None and naming(first) > naming(best):
        return first  # a figure of the asked group that names nothing else asked; a passage naming more is closer
    return best


# How many of the best units a refusal looks among for the one that names most of what is asked.
CLOSEST_NAMED_POOL = 16


def _asked_naming(question: Question) -> Callable[[Scored], tuple[int, int]]:
    """How much of what is asked a unit's own text names: the names the question asks about (a school, a
    municipality), then its other words (not the counted noun, not a year)."""
    from assistant.grounding.scope.terms import says_stem

    counted = fold(question.counted)
    names = [fold(s.text) for s in question.subjects if s.kind == "name"]
    topic = [t for t in question.content_terms - question.subject_terms
             if not t.isdigit() and not (counted and fold(t).startswith(counted[:4]))]

    def named(s: Scored) -> tuple[int, int]:
        text = fold(s.unit.text)
        return (sum(1 for n in names if n in text), sum(1 for t in topic if says_stem(s.unit.text, t)))

    return named


def _naming_most(question: Question, ranked: Sequence[Scored], first: Scored | None) -> Scored | None:
    """The closest passage a refusal shows when nothing was found for the question: among the best units (no label,
    five words or more), the one whose own text names most of what is asked, the names it asks about first ('Hur
    många pojkar på Norrbyskolan saknar godkänt betyg i matematik?' -> 'Elevhälsan på Norrbyskolan bedömer att en
    stor del av pojkarna i årskurs 9 inte har klarat matematik …', not a table row on feeling safe that only says
    'Pojkar'; trial 27), the better ranked of equals; `first` unless one names more than it does."""
    named = _asked_naming(question)
    pool = [s for s in ranked[:CLOSEST_NAMED_POOL] if not s.unit.is_label and s.unit.words >= 5]
    best = max(pool, key=named, default=None)  # max keeps the first (best ranked) of equals
    if best is None or first is None:
        return first or best
    return best if named(best) > named(first) and (named(best)[0] or named(best)[1] >= 2) else first


def _write_table_year(question: Question, verdict: Verdict, book: CitationBook) -> Written:
    """The asked table has no figures of the asked year: say so and which years it has, and show the table (or
    its caption) so the asker sees what there is."""
    rows = [s.unit for s in verdict.evidence]
    has = verdict.given.split() or table_years(rows)
    lines = [f"Tabellen som frågan gäller har inga uppgifter för {verdict.phrase}, bara för {listed(has)}."]
    table = write_table(rows, book, _clean)
    if table is None:
        caption = caption_of(rows) or rows[0]
        table = [f"”{_clean(caption)}”{markers([cite_unit(book, caption)])}"]
    lines += table
    lines.append(f"Sådana uppgifter finns oftast i {where_figures_are(question)}.")
    return Written("\n".join(lines), False)


def _asked_about(question: Question) -> str:
    """What an off-topic question that names a place, body or year asks about, to say it is missing: the topic of
    'Vad säger X om Y?' (Y), else the question as an indirect one ('' for a question naming nothing, or one it
    cannot reorder: the refusal then stays general)."""
    if not question.subjects:
        return ""
    text = " ".join(question.cue_text.split())
    m = lex.SOURCE_SAYS_ABOUT_RE.match(text)
    if m:
        return m.group("topic")
    phrase = topic_phrase(text)
    if re.match(r"om\s", phrase, re.I):
        return ""  # a condition first ('Om man badar i X, hur varmt är vattnet?'): no yes/no question to reorder
    return indirect_question(phrase) or ""


def _places_missing(verdict: Verdict) -> bool:
    """Whether the names the material lacks are all places ('Kumla', 'Björkskolan'), not a project ('Plugga vidare')."""
    names = [s for s in verdict.missing if s.kind == "name"]
    return bool(names) and all(is_place(s) for s in names)


def _counted_word(question: Question) -> str:
    """The counted noun as the asker wrote it ('elever' in 'Hur många elever i …'), '' when the question is no
    plain count ('hur stor andel av …' is a share)."""
    if not question.counted or lex.SHARE_QUESTION_RE.search(question.text):
        return ""
    m = lex.COUNTED_NOUN_RE.search(question.text)
    return m.group(1) if m and fold(m.group(1)) == question.counted else ""


# How many of the places a term is used in are shown when the material does not say what it is.
USES_SHOWN = 2


def _write_undefined(verdict: Verdict, book: CitationBook) -> Written:
    """'Vad menas med X?' where the material only uses X: say that it does not define it, and where it is used
    (labelled as a use, not presented as the answer)."""
    term = verdict.phrase
    lines = [f"Underlaget definierar inte {term}; begreppet används bara i förbigående."]
    shown: set[str] = set()
    for s in verdict.evidence:
        if len(shown) >= USES_SHOWN or _key(s.unit.text) in shown:
            continue
        shown.add(_key(s.unit.text))
        where = s.unit.section_heading or s.unit.chunk.title
        lines.append(f"Det används här ({where}): ”{quoted_alone(s.unit)}”{markers([cite_unit(book, s.unit)])}")
    lines.append(f"Förklaringar av begrepp finns oftast i {lex.DEFINITION_SOURCES}.")
    return Written("\n".join(lines), False)
