"""Lättläst: an enumeration inside a sentence ('skola, socialtjänst och polis', 'dels … dels', 'att A, att B') as a
lead-in and a list.
"""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.generation.easy.clauses import EXAMPLE_RE, FRONT_SUBORDINATE_RE, SHORT_SENTENCE_WORDS
from assistant.generation.easy.grammar import (
    FUNCTION_WORDS,
    WORD_RE,
    has_verb,
    is_definite_noun,
    is_finite_verb,
    is_infinitive,
    is_past_passive,
    is_supine,
    subject_size_at_start,
)


def enumeration(sentence: str) -> tuple[str, list[str]] | None:
    """('Det kan handla om', ['skolan', 'socialtjänsten', 'polisen', 'fritiden']) for a sentence that lists three
    or more short items ('a, b, c och d'); None otherwise.

    >>> enumeration("Det kan handla om skolan, socialtjänsten, polisen och fritiden.")
    ('Det kan handla om', ['skolan', 'socialtjänsten', 'polisen', 'fritiden'])
    >>> enumeration("Vilka verksamheter samverkar ni med idag, internt och externt?") is None  # a question stays one
    True
    """
    if sentence.rstrip().endswith("?"):
        return None  # a list would leave the question without its question mark ('… med: - idag - utom er?')
    if sentence.count("(") != sentence.count(")"):
        # easy30: a parenthesis left open by a cut, or one that holds the commas: entries would part its brackets
        # ('… (för statsbidrag Skolverket: - villkor - belopp och beslut) och …')
        return None
    if re.search(r"\([^()]*,[^()]*\)", sentence):
        return None
    both = numbered_list(sentence) or parts_list(sentence) or att_list(sentence)
    if both is not None:
        return both
    body = sentence.strip().rstrip(".")
    parts = [p.strip() for p in body.split(",")]
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and re.match(rf"{lex.LIST_CONJUNCTIONS}\s", parts[-1], re.I):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # 'A, B, samt C': a comma before the last entry's 'samt'
    announced = _announced(parts[0])
    # Entries after a word that announces them ('genom A, B och C') may be longer phrases: where the list starts is
    # said, not guessed from the entries' lengths.
    # A colon announces its entries as well ('Följande deltog: A i X, B i Y och C').
    most = _ANNOUNCED_ENTRY_WORDS if announced or re.search(r":\s", parts[0]) else 4
    last = re.split(rf"\s+{lex.LIST_CONJUNCTIONS}\s+", parts[-1])
    colon_list = len(last) > 2 and bool(re.search(r":\s", parts[0]))
    if colon_list:  # '…: A, B, C i X och i Y och en D samt E': several conjunctions in the last part
        last = _last_entries(parts[-1])
    if len(last) == 2 and last[1][:1].islower() and _capitalised_entries(parts):
        last = [parts[-1]]  # 'Länets kommuner, Förskolor och skolor': the last entry is 'Förskolor och skolor'
    elif len(last) != 2 and not (colon_list and len(last) > 2):
        return clause_list(sentence)
    rest = [i for p in parts[1:-1] for i in _either(p)] + last
    if any(not 1 <= len(i.split()) <= most or has_verb(i) or re.match(r"(och|men|eller|samt|som|att)\b", i, re.I)
           for i in rest):
        return clause_list(sentence)
    head_colon = re.match(r"^(.+?):\s*(.+)$", parts[0])
    imperative = re.match(rf"^([A-ZÅÄÖ][a-zåäö]+\s+(?:{'|'.join(sorted(lex.PREPOSITIONS))}))\s+(\S.*)$", parts[0])
    if head_colon:
        head, first = head_colon.group(1) + ":", head_colon.group(2)
    elif announced:
        head, first = announced
        if any(not _noun_entry(i) for i in (first, *rest)):
            return None  # 'i uppdrag att genom intervjuer lyfta fram …, i syfte att …': a clause, no list
        split = _entries_after_preposition(head, first, rest)
        if split is None:
            return None
        head, first = split
    elif imperative and is_infinitive(parts[0].split()[0]):
        # 'Samarbeta med föreningar, fritidsgårdar och …': the verb and its preposition lead in, they are no entry
        head, first = imperative.group(1), imperative.group(2)
    elif all(1 <= len(p.split()) <= 4 for p in parts[:1]):  # a bare list: 'skolan, polisen och fritiden'
        head, first = "", parts[0]
    else:
        # The first item is as long as the others; the words before it are the lead-in.
        size = max(1, round(sum(len(i.split()) for i in rest) / len(rest)))
        words = parts[0].split()
        if len(words) <= size + 1:
            return None
        head, first = " ".join(words[:-size]), " ".join(words[-size:])
    while has_verb(first) and len(first.split()) > 1:  # '… som underlättar' + 'lärande': the verb leads in
        verb, first = first.split(maxsplit=1)
        head = f"{head} {verb}".strip()
    # 'enligt' and 'genom' lead in too: '… görs enligt skollag, läroplaner och …' (easy32: 'enligt' was left in the
    # first entry, '- enligt skollag', as if only that entry were a rule the work follows).
    lead_word = re.match(r"^(om|av|från|med|till|i|på|för|enligt|genom)\s+", first)
    if lead_word and head:  # 'Det handlar' + 'om tid': the preposition leads in ('Det handlar om:' + 'tid')
        head, first = f"{head} {lead_word.group(1)}", first[lead_word.end():]
    while head and re.search(rf"\s{lex.LIST_CONJUNCTIONS}$", head):  # 'är förskolor och' + 'skolor': one item
        words = head.split()
        head, first = " ".join(words[:-2]), f"{words[-2]} {words[-1]} {first}"
    items = [first, *rest]
    if len(items) < 3 or any(i.endswith("-") or has_verb(i) or EXAMPLE_RE.match(i) or
                             i.lower() in lex.SENTENCE_ADVERBS for i in items):  # '…, kanske och …' lists nothing
        return clause_list(sentence)
    if head and not (has_verb(head) or head.endswith(":") or re.search(_LEAD_IN, head, re.I)):
        return None  # 'Kolada och SCB, …': no lead-in clause, the words before are an item, not a head
    return head, items


# An entry number inside a sentence: '(1)', '1)', '(a)', 'a)' before a space.
_INLINE_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)\(?(?P<n>[1-9]|[a-h])\)\s+")


def _last_entries(part: str) -> list[str]:
    """The last part of a colon's list that holds several 'och'/'eller'/'samt' ('… förbund i Skåne och i Halland och
    en kurs för rektorer samt två för föreningar') as its entries: the last conjunction joins the list's last two
    entries, as in any list; an earlier one opens an entry only before a new noun phrase with its article or number
    ('och en kurs'); before a preposition or a bare noun ('och i Halland', 'förberedelse och förankring') it joins
    words inside one entry. A report that sums up many mixed entries after a colon often writes them so.

    >>> _last_entries("förbund i Skåne och i Halland och en kurs för rektorer samt två för föreningar")
    ['förbund i Skåne och i Halland', 'en kurs för rektorer', 'två för föreningar']
    >>> _last_entries("god förberedelse och förankring samt verktyget förändringsteori")
    ['god förberedelse och förankring', 'verktyget förändringsteori']
    """
    pieces = re.split(rf"\s+({lex.LIST_CONJUNCTIONS})\s+", part)
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        word, piece = pieces[k], pieces[k + 1]
        opens = piece.split()[0].lower() if piece.split() else ""
        if k + 2 >= len(pieces) or opens in _ENTRY_OPENERS:
            out.append(piece)
        else:
            out[-1] = f"{out[-1]} {word} {piece}"
    return out


# Words that open a new noun phrase as a list entry ('och en föreläsning', 'samt två för Rotary').
_ENTRY_OPENERS = frozenset("en ett två tre fyra fem sex sju åtta nio tio flera några många".split())


def numbered_list(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence that numbers its own entries ('… har (1) fått kunskap, (2) börjat ett arbete samt (3) använder
    metoder') as the words before the first number and one entry a number (lättläst: lists instead of long
    sentences); the commas and the 'och'/'samt'/'eller' between entries go, each entry keeps its words. Only numbers
    that count up from 1 (or letters from a), two or more, and a lead-in with a verb.

    >>> numbered_list("Deltagarna har (1) fått mer kunskap om avhopp, (2) börjat ett eget arbete samt (3) provat nya "
    ...               "metoder.")
    ('Deltagarna har', ['fått mer kunskap om avhopp', 'börjat ett eget arbete', 'provat nya metoder'])
    >>> numbered_list("Se kapitel (1) och bilaga 2) för mer.") is None
    True
    """
    body = sentence.strip()
    if not body.endswith(".") or "”" in body or '"' in body:
        return None
    found = list(_INLINE_NUMBER_RE.finditer(body))
    order = "123456789" if found and found[0].group("n").isdigit() else "abcdefgh"
    if len(found) < 2 or [m.group("n") for m in found] != list(order[:len(found)]):
        return None
    head = body[:found[0].start()].strip()
    ends = [m.start() for m in found[1:]] + [len(body)]
    items = [re.sub(rf"(?:,|\s+{lex.LIST_CONJUNCTIONS})\s*$", "", body[m.end():end].strip().rstrip(".")).strip()
             for m, end in zip(found, ends, strict=True)]
    if not head or not (has_verb(head) or head.endswith(":") or re.search(_LEAD_IN, head, re.I)) or \
            any(not 1 <= len(i.split()) <= 25 for i in items):
        return None
    return head.rstrip(":"), items


def _capitalised_entries(parts: list[str]) -> bool:
    """A list after a label whose entries each open with a capital ('Vem kan bära den: Länets kommuner, Förskolor
    och skolor'): the entries were list items of their own, so an 'och' before a lower-case word joins words inside
    the last entry, not two entries ('Förskolor' and 'skolor' are not two actors)."""
    label, colon, first = parts[0].rpartition(":")
    return bool(colon and label.strip()) and all(p.strip()[:1].isupper() for p in (first, *parts[1:]))


# The correlative 'dels … dels …' (Svenska Akademiens grammatik: 'both … and …' for two or more parts of one
# whole), with a last part that may follow 'samt' or 'och'.
_DELS_RE = re.compile(r"\bdels\s+", re.I)
_DELS_LAST_RE = re.compile(r",?\s+(?:samt|och)\s+(?=(?:att|om)\s)", re.I)


def parts_list(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence that names its parts with 'dels … dels …' as the words before them and one entry a part
    (lättläst: lists instead of long sentences); a word all parts open with ('att', 'om') goes into the lead-in.
    None for anything else: no second 'dels', a lead-in without a verb, a question or a quotation.

    >>> parts_list("Under våren genomfördes flera aktiviteter för att dels förankra kursen hos kommunerna, dels att "
    ...            "hitta skolor att samarbeta med, samt att se till att kursen passar andra satsningar.")
    ...            # doctest: +NORMALIZE_WHITESPACE
    ('Under våren genomfördes flera aktiviteter för att', ['förankra kursen hos kommunerna', 'hitta skolor att
    samarbeta med', 'se till att kursen passar andra satsningar'])
    >>> parts_list("Arbetet i skolan handlar dels om tid för varje elev, dels om tålamod hos de vuxna.")
    ('Arbetet i skolan handlar om', ['tid för varje elev', 'tålamod hos de vuxna'])
    >>> parts_list("Vi har dels pratat med eleverna, dels med deras föräldrar om hur skolan kan bli bättre.") is None
    True
    """
    body = sentence.strip()
    cuts = list(_DELS_RE.finditer(body))
    if len(cuts) < 2 or len(body.split()) <= 12 or not body.endswith(".") or "”" in body or '"' in body:
        return None
    head = body[:cuts[0].start()].strip()
    items = [re.sub(r"\s+(?:och|samt)$", "", body[a.end():b.start()].strip(" ,"))
             for a, b in zip(cuts, cuts[1:], strict=False)]
    last = body[cuts[-1].end():].rstrip(".").strip()
    tail = _DELS_LAST_RE.split(last, maxsplit=1)
    items += tail if len(tail) == 2 and re.match(r"(?:att|om)\s", tail[0]) else [last]
    if any(not i.split() for i in items):
        return None
    firsts = [i.split()[0].lower() for i in items]
    # The parts are alike ('dels pratat med eleverna, dels med föräldrarna' names no two parts): one opening word,
    # or each opens with a verb.
    parallel = head.lower().endswith(" att") or len(set(firsts)) == 1 or all(
        w in lex.SUPINES or is_finite_verb(w) or is_infinitive(w) for w in firsts)
    opener = set(firsts)
    if len(opener) == 1 and opener <= {"att", "om", "i", "på", "med", "för", "av"} and \
            not head.lower().endswith(f" {next(iter(opener))}"):
        head = f"{head} {next(iter(opener))}"
    if head.lower().endswith((" att", " om", " i", " på", " med", " för", " av")):
        word = head.split()[-1].lower()
        items = [re.sub(rf"^{word}\s+", "", i, flags=re.I) for i in items]
    if not head or not (has_verb(head) or any(is_past_passive(w) for w in WORD_RE.findall(head))) or \
            any(not 1 <= len(i.split()) <= 20 for i in items):
        return None
    return (head, items) if parallel else None


_MASKED_QUOTE_RE = re.compile(r"[”\"]\ue000\d+\ue001[”\"]")
# Where one 'att' clause or phrase ends and the next one starts: ', att', 'och att', 'samt att', ', samt att'.
_ATT_ENTRY_RE = re.compile(r"(?:,\s+(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller)\s+)att\s+", re.I)


def att_list(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence that goes on with two or more 'att' clauses joined by ', att', 'och att' or 'samt att' ('Syftet är
    att A, att B samt att C') as the words up to the first of them and one entry each (lättläst: lists instead of
    long sentences, one idea per line). The entries are alike: each opens with an infinitive ('öka', 'inte glömma'),
    or each is a clause with its own subject and verb. None for a question, a
    quotation, a parenthesis, a lead-in without a verb, a fronted 'Om …' clause, or two entries in a short sentence.
    The list follows the first 'att' after a verb whose entry is of the entries' kind.

    >>> att_list("Syftet med projektet är att öka kunskapen om skolan, att stärka samarbetet med socialtjänsten "
    ...          "samt att utveckla nya metoder.")  # doctest: +NORMALIZE_WHITESPACE
    ('Syftet med projektet är att', ['öka kunskapen om skolan', 'stärka samarbetet med socialtjänsten',
     'utveckla nya metoder'])
    >>> att_list("Målet är att eleverna ska få bättre stöd i skolan och att lärarna ska få mer tid för planering.")
    ('Målet är att', ['eleverna ska få bättre stöd i skolan', 'lärarna ska få mer tid för planering'])
    >>> att_list("Vi vet att det tar tid och att det kostar.") is None  # two short entries: the sentence is short
    True
    """
    body = sentence.strip()
    # A quotation hidden whole behind its placeholder (`writer.mask_quotes`: ”Vi-känslan”) is one word no cut can
    # enter; a quotation still open is not.
    if not body.endswith(".") or any(c in _MASKED_QUOTE_RE.sub("X", body) for c in "”\"()?"):
        return None
    seps = [m for m in _ATT_ENTRY_RE.finditer(body) if not re.search(r"\bför$", body[:m.start()], re.I)]
    if not seps:
        return None
    rest = [body[a.end():b.start()].strip(" ,") for a, b in zip(seps, seps[1:], strict=False)]
    rest.append(body[seps[-1].end():].rstrip(".").strip())
    kinds = {_att_entry_kind(e) for e in rest}
    if len(kinds) != 1 or None in kinds or (len(rest) == 1 and len(body.split()) <= 16):
        return None
    first_part = body[:seps[0].start()]
    # The first 'att' after a verb leads the list ('Syftet är att ge eleverna möjlighet att läsa, att stärka …':
    # the entries are what the aim is, not what the chance is to).
    for lead in re.finditer(r"\batt\s+", first_part, re.I):
        head, first = first_part[:lead.end()].strip(), first_part[lead.end():].strip(" ,")
        if _att_entry_kind(first) not in kinds or not has_verb(head[:-3]):
            continue
        items = [first, *rest]
        if FRONT_SUBORDINATE_RE.match(head) or any(not 1 <= len(i.split()) <= 25 for i in items):
            return None
        return head, items
    return None


def _att_entry_kind(entry: str) -> str | None:
    """'infinitive' for an entry after 'att' that opens with its verb ('öka kunskapen', 'inte glömma …'), 'clause'
    for one with its own subject and finite verb ('eleverna ska få stöd'), None for anything else."""
    words = [w for w in WORD_RE.findall(entry) if w.lower() not in lex.SENTENCE_ADVERBS]
    if not words:
        return None
    # The verb may follow an adverb or a short phrase before it ('aktivt arbeta', 'i högre grad använda').
    verb_at = next((i for i, w in enumerate(words[:4]) if w.lower() in lex.SHORT_INFINITIVES or
                    (is_infinitive(w) and not is_finite_verb(w))), None)
    if verb_at is not None and not any(is_finite_verb(w) or w.lower() in FUNCTION_WORDS for w in words[:verb_at]):
        return "infinitive"
    size = subject_size_at_start(words[:3])
    return "clause" if size and len(words) > size and is_finite_verb(words[size]) else None


def _either(part: str) -> list[str]:
    """A middle entry of an enumeration that holds two with 'eller' ('inställda lektioner eller bristande tillgång
    till elevhälsa') as those two; one entry otherwise. Only 'eller', and only between two phrases of two words or
    more: 'barn och unga', 'skola eller hem' stay one entry.

    >>> _either("inställda lektioner eller bristande tillgång till elevhälsa"), _either("skola eller hem")
    (['inställda lektioner', 'bristande tillgång till elevhälsa'], ['skola eller hem'])
    """
    pieces = re.split(r"\s+eller\s+", part)
    return pieces if len(pieces) == 2 and all(len(p.split()) >= 2 for p in pieces) else [part]


# A subordinate clause that can be a list entry: an indirect question or an 'om' (whether) clause.
_LIST_CLAUSE_RE = re.compile(r"(?:hur|om|vad|vilka|vilken|vilket|varför|när|var)\b", re.I)


def clause_list(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence that enumerates three or more indirect questions ('… vara hur A, om B eller hur C') or three or
    more infinitive phrases after one 'att' ('… vikten av att A, B och C') as the words before them and one entry
    each (lättläst: lists instead of long sentences); None otherwise. A question is a clause with its own subject
    and verb, an infinitive phrase opens with its verb, so each entry reads whole on its own line; never a
    question, a quotation, or a sentence whose lead-in has no verb.

    >>> clause_list("Det kan till exempel vara hur undervisningen är strukturerad, om undervisningen anpassas efter "
    ...             "elevens behov eller hur bemötandet fungerar.")  # doctest: +NORMALIZE_WHITESPACE
    ('Det kan till exempel vara', ['hur undervisningen är strukturerad', 'om undervisningen anpassas efter elevens
    behov', 'hur bemötandet fungerar'])
    >>> clause_list("De unga lyfter vikten av att förmedla hopp, visa att det finns fler vägar och få stöd i tid.")
    ('De unga lyfter vikten av att', ['förmedla hopp', 'visa att det finns fler vägar', 'få stöd i tid'])
    >>> clause_list("Vi vet hur det gick, vad eleverna tyckte och att lärarna var nöjda.") is None
    True
    """
    body = sentence.strip()
    if not body.endswith(".") or "”" in body or '"' in body:
        return None
    parts = [p.strip() for p in body.rstrip(".").split(",")]
    if len(parts) < 2:
        return None
    parts[-1] = _opener_repeated(parts[-1])
    questions = _entries(parts, rf"\s(?={_LIST_CLAUSE_RE.pattern})", _LIST_CLAUSE_RE.pattern)
    if questions is not None and all(_LIST_CLAUSE_RE.match(i) and (has_verb(i) or any(
            is_supine(w) for w in WORD_RE.findall(i))) for i in questions[1]):
        return questions
    infinitive = r"(?=[a-zåäö]+\b)"
    verbs = _entries(parts, r"\satt\s", infinitive, keep_opener=True)
    if verbs is not None and all(is_infinitive(i.split()[0]) for i in verbs[1]):
        return verbs
    return None


def _opener_repeated(part: str) -> str:
    """The last part of a list of clauses that leaves out the word its clause opens with after 'och'/'eller' ('när
    tidsplanen har löpt ut eller ni nått era mål') with that word said again ('… eller när ni nått era mål'), so each
    entry of the list reads whole; only when the words after 'och'/'eller' open with a subject and its verb.

    >>> _opener_repeated("när tidsplanen har löpt ut eller ni nått era mål")
    'när tidsplanen har löpt ut eller när ni nått era mål'
    >>> _opener_repeated("när tidsplanen har löpt ut eller i slutet av året")
    'när tidsplanen har löpt ut eller i slutet av året'
    """
    opener = _LIST_CLAUSE_RE.match(part)
    cut = re.search(r"\s(?:och|eller)\s+(?!(?:" + _LIST_CLAUSE_RE.pattern + r"))", part)
    if opener is None or cut is None:
        return part
    words = part[cut.end():].split()
    size = subject_size_at_start(words[:3])
    if not size or len(words) <= size or not (is_finite_verb(words[size]) or is_supine(words[size])):
        return part
    return f"{part[:cut.end()]}{opener.group(0).lower()} {part[cut.end():]}"


def _entries(parts: list[str], first_re: str, opener: str, keep_opener: bool = False) -> tuple[str, list[str]] | None:
    """`clause_list`'s split: the head before the first entry (found by `first_re` in the first comma part, the
    last match; its words stay in the head with `keep_opener`), the middle parts, and the last part's two entries
    around 'och'/'eller' before `opener`; None when that gives fewer than three entries of 2–14 words (an entry
    may be one word, a verb, after 'att'), or the head has no verb."""
    last = re.split(rf"\s+(?:och|eller)\s+(?={opener})", parts[-1], flags=re.I)
    found = list(re.finditer(first_re, parts[0], flags=re.I))
    if len(last) != 2 or not found:
        return None
    m = found[-1] if keep_opener else found[0]
    head = (parts[0][:m.end()] if keep_opener else parts[0][:m.start()]).strip()
    items = [parts[0][m.end():].strip(), *parts[1:-1], *last]
    least = 1 if keep_opener else 2
    if len(items) < 3 or not has_verb(head) or any(
            not least <= len(i.split()) <= 14 or re.search(r"[.!?]\s", i) for i in items):
        return None
    return head, items


# Words a list may follow directly ('… handla om skolan, …', '… till exempel Kolada, …', '… genom samtal, …').
_LEAD_IN = rf"\b(?:om|av|från|med|till|i|på|för|som|{'|'.join(map(re.escape, lex.LIST_LEAD_INS))})$"
# The most words an entry may have after a word that announces the list ('genom', 'såsom'; `lex.LIST_LEAD_INS`).
_ANNOUNCED_ENTRY_WORDS = 8
_ANNOUNCED_RE = re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, lex.LIST_LEAD_INS))})\s+", re.I)


def _noun_entry(entry: str) -> bool:
    """An entry of an announced list is a thing ('tydliga rutiner', 'övningar för att stärka självkänsla'): it opens
    with no preposition and no 'att' ('i uppdrag att genom intervjuer lyfta fram …, i syfte att …' lists nothing: its
    last part is a purpose, 'för att hitta lärdomar' in plain words).

    >>> _noun_entry("övningar för att stärka självkänsla"), _noun_entry("för att hitta lärdomar")
    (True, False)
    """
    words = WORD_RE.findall(entry)
    return bool(words) and words[0].lower() not in lex.PREPOSITIONS | {"att"}


def _entries_after_preposition(head: str, first: str, rest: list[str]) -> tuple[str, str] | None:
    """Where an announced list starts when its first entry ends in a preposition and a noun ('genom samverkan med
    skolan, socialtjänsten och polisen'): the entries are the preposition's nouns, so the lead-in runs up to and with
    it ('… genom samverkan med:' skolan, socialtjänsten, polisen); splitting at 'genom' would make 'socialtjänsten'
    a way of working. (head, first) as they were when the first entry has no preposition with a noun or the entries
    are alike ('dialog med föräldrar, samtal med elever'); None (the sentence stays whole) when it is unclear which
    noun the entries go on from: they and the preposition's noun must name the same kind (definite or a name:
    'skolan', 'Polisen') and the first entry's own noun ('samverkan') not.

    >>> _entries_after_preposition("Kommunen arbetar genom", "samverkan med skolan", ["socialtjänsten", "polisen"])
    ('Kommunen arbetar genom samverkan med', 'skolan')
    >>> _entries_after_preposition("Vi arbetar genom", "utbildning i jämställdhet", ["handledning", "nätverk"]) is None
    True
    """
    words = first.split()
    at = next((k for k in range(len(words) - 2, 0, -1)
               if words[k].lower() in lex.PREPOSITIONS and words[k + 1].lower() != "att"), None)
    if at is None or all(any(w.lower() in lex.PREPOSITIONS for w in i.split()[1:]) for i in rest):
        return head, first

    def named(word: str) -> bool:
        return word[:1].isupper() or is_definite_noun(word)

    noun = words[at + 1:]
    if len(noun) <= 3 and named(noun[-1]) and not named(words[0]) and all(named(i.split()[-1]) for i in rest):
        return f"{head} {' '.join(words[:at + 1])}", " ".join(noun)
    return None


def _announced(part: str) -> tuple[str, str] | None:
    """The words up to and with the last word in `part` that announces a list ('Stärk elevers kompetenser genom'),
    and the first entry after it ('empatiträning'); None without one, or with no entry or no lead-in words.

    >>> _announced("Stärk elevers kompetenser genom empatiträning")
    ('Stärk elevers kompetenser genom', 'empatiträning')
    """
    found = list(_ANNOUNCED_RE.finditer(part))
    if not found:
        return None
    head, first = part[:found[-1].end()].strip(), part[found[-1].end():].strip()
    if len(head.split()) < 2 or not 1 <= len(first.split()) <= _ANNOUNCED_ENTRY_WORDS:
        return None
    return head, first


def glued_heading(sentence: str) -> str:
    """A heading the source ran into its first sentence (its line break lost when the text was extracted:
    'Uppföljning och utvärdering Arbetet har utvärderats …') set off with a colon, so it reads as a heading and the
    sentence starts where it starts. Only a heading of two to seven words in sentence case without a verb, followed
    by a subject (a definite noun or a pronoun, capitalised) and its finite verb.

    >>> glued_heading("Uppföljning och utvärdering Arbetet har utvärderats via en enkät.")
    'Uppföljning och utvärdering: Arbetet har utvärderats via en enkät.'
    >>> glued_heading("Vi samarbetar med Skolverkets Samverkan för bästa skola.")
    'Vi samarbetar med Skolverkets Samverkan för bästa skola.'
    """
    words = sentence.split()
    for i in range(2, min(len(words) - 1, 8)):
        word = words[i]
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            continue
        head = words[:i]
        if not head[0][:1].isupper() or any(not w.replace("-", "").isalpha() or not w[1:].islower() or
                                             (k and w[:1].isupper()) for k, w in enumerate(head)) or \
                has_verb(" ".join(head)):
            return sentence
        subject = word.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(word) or \
            word.lower().endswith(("arna", "erna", "orna"))  # a definite plural the lemmatiser does not know
        if subject and is_finite_verb(words[i + 1].strip(",")):
            return " ".join([*head[:-1], f"{head[-1]}:", *words[i:]])
        return sentence
    return sentence


_TRAILING_EXAMPLES_RE = re.compile(r",\s+(?:till exempel|t\.ex\.|exempelvis|som exempel|såsom|som till exempel)"
                                   r"\s+(?=\S)", re.I)
# easy27: examples of more words than a sentence holds are still split off when they are a list of three or more
# short things between commas (each at most this many words): the sentence after says them as a list (`enumeration`).
_EXAMPLE_ENTRY_WORDS = 8


def trailing_examples(sentence: str) -> list[str]:
    """Examples tacked on at the end of a long sentence as a sentence of their own (lättläst: one idea per
    sentence): '…, till exempel A och B.' -> '….' and 'Det kan till exempel vara A och B.'. Only when the examples
    are things (no verb of their own) and the sentence before them is a clause; never inside a quotation.

    >>> trailing_examples("Samla den statistik som finns i er kommun, till exempel betyg och frånvaro.")
    ['Samla den statistik som finns i er kommun.', 'Det kan till exempel vara betyg och frånvaro.']

    A long row of examples after 'såsom' goes too, when it is a list of short things (easy27):

    >>> trailing_examples("Det finns ett tydligt fokus på insatser för undervisningen, såsom språkutveckling i "
    ...                   "förskolan, en elevhälsoplan, nya former för samverkan med näringslivet, samt kurser "
    ...                   "för personalen i varje skola.")[0]
    'Det finns ett tydligt fokus på insatser för undervisningen.'
    """
    m = _TRAILING_EXAMPLES_RE.search(sentence)
    if m is None or len(sentence.split()) <= SHORT_SENTENCE_WORDS or "”" in sentence or '"' in sentence:
        return [sentence]
    left, right = sentence[:m.start()].strip(), sentence[m.end():].strip()
    entries = [re.sub(rf"^{lex.LIST_CONJUNCTIONS}\s+", "", e.strip()) for e in re.split(r",\s*", right.rstrip("."))
               if e.strip()]
    listed = len(entries) >= 3 and all(len(e.split()) <= _EXAMPLE_ENTRY_WORDS for e in entries)
    if right.endswith("?") or len(left.split()) < 5 or not has_verb(left) or \
            not (1 <= len(right.split()) <= 12 or listed) or has_verb(right) or _TRAILING_EXAMPLES_RE.search(right):
        return [sentence]
    colon = ":" if len(right.split()) > 12 else ""  # a long row announced by a colon, so it is said as a list
    return [left + ".", f"Det kan till exempel vara{colon} {right.rstrip('.')}."]
