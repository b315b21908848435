"""Whether a text or unit holds a figure of the kind a question asks (amount, count, share, row)."""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.grounding.counts import COUNT_RE, count_text, states_count
from assistant.grounding.question import (
    Question,
)
from assistant.index.lexical import (
    fold,
    group_terms,
    inflection_stem,
    tokenize,
)
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    header_rows,
    row_cells,
    row_frame,
    row_label,
    share_cells,
)


def has_figure(text: str, question: Question) -> bool:
    """A figure of the asked kind: an amount for a cost question, a year or date for 'när', else a count
    (a number that is not a year, a date or a list item's number, or a number word).

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Hur många timmar modersmålsstöd ger skolan?")
    >>> has_figure("1. Erbjud modersmålsstöd.", q), has_figure("Eleverna får 2 timmar i veckan.", q)
    (False, True)
    >>> has_figure("Skolan är inte skyldig att initiera SIP (samordnad individuell plan)34.", q)
    False
    >>> has_figure("Rapport elevenkät 2016 [se BUN 2016-05-16 §50] (BUN 2016.02334).", q)
    False
    >>> has_figure("Uppskattningsvis ett sjuttiotal verksamheter har kontaktats.", analyse("Hur många har kontaktats?"))
    True
    >>> weeks = analyse("Hur många veckor går det mellan handledningsträffarna?")  # another unit of time answers
    >>> has_figure("Handledningsträffar sker varannan månad.", weeks), has_figure("Det sker 12 gånger.", weeks)
    (True, True)
    >>> has_figure("Fem mentorer deltar i handledningsträffarna.", weeks)
    False
    >>> has_figure("Handledningsträffar sker varannan månad.", analyse("Hur många månader pågick kursen?"))
    False
    >>> young = analyse("Hur många ungdomar deltog?")
    >>> has_figure("Gymnasienämnden ansvarar för ungdomar (16-20 år) som avbrutit gymnasiet.", young)
    False
    >>> has_figure("Frånvaron har följts upp läsårsvis 2015/16 och 2016/17.", young)
    False
    >>> has_figure("De har (1) fått kunskap om skolavhopp och (2) påbörjat ett arbete med unga.", young)
    False
    >>> long = analyse("Hur lång tid tog sommarskolan?")
    >>> has_figure("Sista dag för anmälan är den 15 april.", long), has_figure("Den pågick 17 juni–5 juli.", long)
    (False, True)
    >>> cost = analyse("Kostade det något att delta i workshopen?")
    >>> has_figure("Workshopen hölls i maj.", cost), has_figure("Workshopen är kostnadsfri.", cost)
    (False, True)
    >>> deadline = analyse("När var sista anmälningsdag till kursen?")
    >>> has_figure("Kursen startar vårterminen 2022.", deadline), has_figure("Anmäl dig senast den 24/4.", deadline)
    (False, True)
    >>> since = analyse("Hur länge har skolan haft elevcoacher?")  # a start answers how long it has gone on
    >>> has_figure("Elevcoacherna (som startade 2014) finns på skolan.", since), has_figure("Coacher finns.", since)
    (True, False)
    >>> has_figure("Projektet startade 2014.", analyse("Hur länge pågick projektet?"))
    False
    >>> often = analyse("Hur ofta träffas nätverket?")  # how often, not how many meetings
    >>> has_figure("Under hösten hölls fyra träffar.", often), has_figure("Det träffas vid två tillfällen.", often)
    (False, True)
    >>> rate = analyse("Hur ofta klarar pojkarna behörighet till gymnasiet?")  # a rate: a share answers
    >>> has_figure("Av pojkarna var 78 procent behöriga.", rate), has_figure("Av dem var 78 procent.", often)
    (True, False)
    >>> level = analyse("Hur hög var frånvaron bland flickorna 2020?")
    >>> has_figure("Samband mellan övergången från årskurs 6 till årskurs 7.", level), has_figure("Den var 12 %.",
    ...                                                                                            level)
    (False, True)
    >>> share = analyse("Hur stor andel av lärarna är legitimerade?")
    >>> has_figure("Många lärarbyten i årskurs 7.", share), has_figure("Hälften av lärarna är legitimerade.", share)
    (False, True)
    """
    # (a follow-up's kind is read from its own words, not the earlier question its rewrite carries: asked_text)
    asked = question.asked_text or question.text
    if question.money:  # an amount, or that it cost nothing ('Workshopen är kostnadsfri')
        return bool(lex.MONEY_RE.search(text) or lex.FREE_OF_CHARGE_RE.search(text))
    if lex.SHARE_QUESTION_RE.search(asked):  # a share: a percentage, 'x av y' or a share word
        return bool(lex.PERCENT_RE.search(text) or lex.SHARE_RE.search(text))
    if question.date and lex.DAY_QUESTION_RE.search(asked):  # a deadline is a day, not a year or term
        return bool(lex.DAY_RE.search(text))
    if question.date:
        return bool(lex.YEAR_RE.search(text) or lex.DATE_RE.search(text))
    if lex.SINCE_QUESTION_RE.search(asked) and lex.START_RE.search(text):
        return True  # 'hur länge har …' is answered by when it began ('från och med våren 2019', 'startade 2008')
    if lex.TIME_COUNT_QUESTION_RE.search(asked):
        # A length in any unit of time; the time between recurring things also by how often ('hur många veckor
        # mellan handledningsträffarna' is answered by 'varannan månad', 'hur många månader pågick …' is not).
        return bool(lex.DURATION_RE.search(text) or (lex.BETWEEN_TIMES_RE.search(asked)
                                                     and lex.FREQUENCY_RE.search(text)))
    if lex.DURATION_QUESTION_RE.search(asked):
        return bool(lex.DURATION_RE.search(text))  # 'hur lång tid tog …' is not answered by 'den 15 april 2025'
    if lex.FREQUENCY_QUESTION_RE.search(asked) and (lex.FREQUENCY_RE.search(text)
                                                            or lex.DURATION_RE.search(text)):
        return True  # 'hur ofta/hur länge' is answered by 'varje vecka', 'en gång per termin', 'drygt ett år'
    if lex.HOW_OFTEN_RE.search(asked):
        # 'hur ofta' needs how often ('vid två tillfällen'), not a count of the meetings ('fyra träffar i nätverket');
        # asked as a rate, with no verb of a recurring activity ('Hur ofta klarar pojkarna …?'), a share answers
        if lex.OCCASIONS_RE.search(text):
            return True
        return not lex.RECURRENCE_VERB_RE.search(asked) and \
            bool(lex.PERCENT_RE.search(text) or lex.SHARE_RE.search(text))
    text = count_text(text, question.counted)
    if not question.counted and lex.STATISTIC_QUESTION_RE.search(asked):
        # A level asked ('Hur hög var frånvaron …?') is no grade: 'övergången från årskurs 6 till årskurs 7' gives
        # none (blind12 V55), as a grade gives no count (counts.count_text).
        text = lex.GRADE_RE.sub(" ", text)
    numbers = [n for n in re.findall(r"\d+(?:[ ,.]\d+)*", text) if not lex.YEAR_RE.fullmatch(n.strip())]
    return bool(numbers) or bool(lex.NUMBER_WORD_RE.search(text))


def unit_has_figure(unit: Unit, question: Question) -> bool:
    """has_figure on a unit's figures; for 'hur många timmar/veckor …' also a bare number whose unit of time its
    row's cells, its context or its table's column names give ('| Läxhjälp | Timmar per vecka | 4 |')."""
    if has_figure(figure_text(unit), question) or money_row(unit, question) or \
            counts_give_share(unit, question.asked_text or question.text):
        return True
    text = question.asked_text or question.text
    asked = lex.TIME_COUNT_QUESTION_RE.search(text)
    if not asked or lex.BETWEEN_TIMES_RE.search(text):
        return False
    numbers = [n for n in re.findall(r"\d+(?:[,.]\d+)?", unit.text) if not lex.YEAR_RE.fullmatch(n)]
    if not numbers:
        return False
    stem = lex.TIME_UNIT_STEMS.get(fold(asked.group(1) or ""), "")
    named = " ".join([unit.text, unit.context(), *(h.text for h in header_rows(unit) if h is not unit)])
    return bool(stem) and re.search(rf"\b{stem}\w{{0,4}}\b", fold(named)) is not None


def counts_give_share(unit: Unit, question_text: str) -> bool:
    """For a share asked of one gender group, a table row whose two groups' counts give it (the answer works it
    out: tables.share_of_counts): 'Hur stor andel av eleverna i dans är pojkar?' over 'Dans | 211 | 23' under 'Ämne |
    Elever flickor | Elever pojkar' (upload37; trial 36 N3 refused its own table's 14 110 of 35 030)."""
    if unit.kind != "row" or not lex.SHARE_QUESTION_RE.search(question_text):
        return False
    from assistant.generation.extractive.tables import share_of_counts  # generation imports grounding: read here

    return share_of_counts(question_text, header_rows(unit), unit) is not None


def money_row(unit: Unit, question: Question) -> bool:
    """For a question of money, a table row of bare figures whose table says they are kronor: its caption or column
    names ('Tabell 1. … medianlön (kronor per månad, heltid)', 'Kostnad (tkr)') give the unit the cells leave out
    (trial 30 H03: 'Enhetschef | 48 | 21 | 50 120 | …' was no amount for 'Hur många kronor skiljer …?', so the table's
    medianlön columns went unread and the question was refused as having only a medellön)."""
    if not question.money or unit.kind != "row":
        return False
    from assistant.grounding.scope.absent_rows import names_column

    # Only a table whose column the question names ('medianlönen … kvinnliga' for 'Medianlön kvinnor'): another
    # table's 'Totalt' row in kronor is no answer to 'Vad landar insatserna på totalt i kronor?' (tune FT17).
    return lex.MONEY_GIVEN_RE.search(row_frame(unit)) is not None and names_column(question.text, unit)


# The least share of a table row's label words a figure question must use for the row to be the one asked.
ROW_LABEL_SHARE = 0.5


def _row_fit(unit: Unit, question_text: str) -> float:
    """How well a table row is the one a figure question asks for: 0 unless the question names some (not all) of its
    table's columns and most of its label ('Andel med löneskillnad förklarad (%)' is not asked by 'andelen kvinnor
    bland chefer'); then 1 plus the share of the label's words the question uses (a word asked in another form
    counts: 'sjukfrånvaron' for 'Sjukfrånvaro')."""
    headers = [h for h in header_rows(unit) if h is not unit]
    if unit.kind != "row" or not headers:
        return 0.0
    asked = group_terms(question_text)
    names = [c for h in headers for c in row_cells(h, keep_empty=True)[1:] if c]  # after the corner
    named = [c for c in names if (terms := tokenize(c)) and all(t in asked for t in terms)]
    if not named or len(named) == len(names):
        return 0.0
    label = [t for t in tokenize(row_label(unit)) if not t.isdigit()]
    fits = sum(1 for t in label if any(a.startswith(t) or t.startswith(a) for a in asked if min(len(a), len(t)) >= 4))
    share = fits / max(len(label), 1)
    return 1.0 + share if share >= ROW_LABEL_SHARE else 0.0


def figure_text(unit: Unit) -> str:
    """A unit's text as its figures read: a table row's bare figures are percentages when its own table's caption or
    column names say so ('Tabell 1. Andel elever …, procent.' over '2024 | 90 | 80 | 85'), or its own label does
    ('Andel chefer (%) | 48 | 52'), so the row is read with its unit written after it; a count column beside a
    share column stays a count (units.share_cells)."""
    if unit.kind != "row" or not lex.DIGIT_RE.search(unit.text) or lex.PERCENT_RE.search(unit.text):
        return unit.text
    values = cells_in_place(unit)
    shares = share_cells(unit) if len(values) > 1 else [bool(lex.PERCENT_TABLE_RE.search(row_frame(unit)))]
    if len(values) == 1:  # a row without cell marks ('Totalt 8 464'): the frame gives its unit
        return f"{unit.text} %" if shares[0] else unit.text
    bare = any(share and i and FIGURE_CELL_RE.match(v)
               for i, (v, share) in enumerate(zip(values, shares, strict=True)))
    return f"{unit.text} %" if bare else unit.text


def counts_asked(unit: Unit, question: Question) -> bool:
    """Whether a unit gives a count of what the question counts: a number that counts something (count_text)
    within four words of the counted noun, or a table row whose column names hold it. 'Under 2017 får nämnden
    information vid två tillfällen' counts no pupils, nor 'fyra träffar … för unga' young people. A unit that
    names the noun only in its context (a heading, a list intro: 'Betygspoäng' over 'A=20, B=17,5, C=15') counts
    what its context names."""
    if unit.kind == "row":
        return states_count(unit, question.counted)
    text = count_text(unit.text, question.counted)
    stem = inflection_stem(question.counted)
    if not any(w.startswith(stem) for w in fold(text).split()):
        # Named by the context alone (mentions): its figures are of it, unless each counts a noun of its own ('2.
        # Prova-på-pass … med tre lokala idrottsföreningar' under '… för att fler tjejer …' counts no girls).
        folded = fold(text)
        return not all(lex.COUNTS_OWN_NOUN_RE.match(folded, m.end()) for m in COUNT_RE.finditer(folded)
                       if not lex.YEAR_RE.fullmatch(m.group(0)))
    return states_count(unit, question.counted, text)
