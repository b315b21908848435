"""Lättläst: `EasyWriter`, which rewrites an answer line by line in plain words and short sentences, keeping every
sentence's citation markers, and the answer-level entry points (`easy_answer`, `easy_text`, `easy_facilitation`).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from assistant import lexicon as lex
from assistant.citations import MARKER_RE, cited_numbers, markers
from assistant.generation.easy.clauses import (
    CONJUNCTION_RE,
    SHORT_SENTENCE_WORDS,
    by_means,
    contrast_clause,
    correlative_pair,
    demonstrative,
    fronted_cause,
    fronted_condition,
    fronted_purpose,
    fronted_shared_subject,
    gapped_verb,
    inserted_aside,
    join_short,
    known_thing_relative,
    new_thing_relative,
    parentheses_out,
    part_of,
    plural_subject,
    question_purpose,
    relative_clause,
    reported_clause,
    sentential_which,
    shared_auxiliary,
    shared_subject,
    so_that,
    split_outside_quotes,
    subject_aside_relative,
    subject_comma,
    subject_relative,
    trailing_clause,
    trailing_purpose,
    where_clause,
    without_cleft,
)
from assistant.generation.easy.grammar import (
    WORD_RE,
    adjective_form,
    agreement_clash,
    attributive_form,
    has_verb,
    is_finite_verb,
    is_noun,
    is_rare,
    known_word,
)
from assistant.generation.easy.lists import enumeration, glued_heading, parts_list, trailing_examples
from assistant.modes import MODES

_MARK_RE = re.compile(rf"\s*\((?:{lex.DRAFT_MARK_ALTERNATION})\)\s*$")
# A sentence ends at . ! ? before a space and a capital, digit, quote or citation marker.
# Not after an abbreviation ('t.ex. LUPP'). A word may end in 'é' ('kvalité. Det …').
# Nor after 'kl.' or 'ca' before a figure ('efter kl. 20.30'): the time is no sentence of its own (trial 26 review,
# tune VB23 lost 'kl. 20.30' and its citation).
_SENTENCE_END_RE = re.compile(r"(?<=[a-zåäöéü)”\"%\d\]][.!?])(?<!t\.ex\.)(?<!bl\.a\.)(?<!m\.m\.)(?<!s\.k\.)"
                              r"(?<!\bkl\.)(?<!\bca\.)(?<!\bnr\.)"
                              r"\s+(?=[A-ZÅÄÖ0-9”\"\[(])")
# A citation marker, then a capital: the cited passage ends there, full stop or not ('… maj 2020 [1] Digitala …').
_MARKER_END_RE = re.compile(r"(?<=\])\s+(?=[A-ZÅÄÖ])")
_LEADING_MARKERS_RE = re.compile(r"^((?:\s*\[[\d,\s–-]+\])+)\s*")
# Commas between two whole clauses: the second starts with a subject ('det', 'vi', a definite noun: 'eleverna',
# 'skolan', 'kommunen' …) and a word after it (the cut itself asks for a finite verb on both sides).
_CLAUSE_COMMA_RE = re.compile(
    r",\s+(?=(?:det|de|vi|ni|man|han|hon|den|detta|dessa|[a-zåäö]{3,}(?:en|et|na|an))\s+\S+\s)", re.I)
# A source statement of more words than this is left out of a lättläst draft: lättläst keeps a sentence to about
# fifteen words (Myndigheten för tillgängliga medier); a longer statement stays in the material, a shorter one of the
# same kind is chosen instead, or none.
EASY_SOURCE_WORDS = 15
# A sentence of a refusal's closest passage whose easy words still hold a sentence of more words than this, and no
# figure, is left to the source the refusal names and cites (`_short_enough`, easy30): lättläst keeps sentences to
# about 15 words; one of over 25 the cuts could not shorten.
EASY_CLOSEST_WORDS = 25


def cited_sentences(text: str) -> list[tuple[str, list[int]]]:
    """`text` as sentences, each with the citation numbers written after (or in) it.

    >>> cited_sentences("Pojkar läser mindre. [1] Flickor läser mer [2]. Alla behöver stöd.")
    [('Pojkar läser mindre.', [1]), ('Flickor läser mer.', [2]), ('Alla behöver stöd.', [])]

    A citation marker followed by a capital ends its passage even without a full stop (a heading or a table line
    quoted before the next passage): the two are not run together, and each keeps its own [n] (trial 26):

    >>> cited_sentences("Workshop 4 maj 2020 [1] Digitala workshops november 2020 [2] Vi testade delar. [3]")
    [('Workshop 4 maj 2020', [1]), ('Digitala workshops november 2020', [2]), ('Vi testade delar.', [3])]
    """
    pieces = [p for part in _MARKER_END_RE.split(text.strip()) for p in _SENTENCE_END_RE.split(part)]
    out: list[tuple[str, list[int]]] = []
    for piece in pieces:
        lead = _LEADING_MARKERS_RE.match(piece)
        if lead and out:  # '[1] Next sentence': the markers belong to the sentence before
            out[-1] = (out[-1][0], sorted(set(out[-1][1]) | set(cited_numbers(lead.group(1)))))
            piece = piece[lead.end():]
        numbers = cited_numbers(piece)
        plain = " ".join(MARKER_RE.sub("", piece).split())
        plain = re.sub(r"\s+([.!?,;:])", r"\1", plain)
        if plain:
            out.append((plain, numbers))
    return out


# The most letters a word may have after the question word's stem and still be that word with another ending
# ('behöri|ghet', 'arbet|et'); more is a compound ('arbet|smiljö').
_ASKED_ENDING = 4


class EasyWriter:
    """Rewrites text into easy Swedish; remembers which terms it has explained (once per answer or draft)."""

    def __init__(self, asked: str = "") -> None:
        self.explained: set[str] = set()
        # The words of the question: the asker knows them, and the answer keeps them ('behöriga lärare' stays).
        self.keep = frozenset(w.lower() for w in WORD_RE.findall(asked) if len(w) >= 4)
        # While `naming` is set (a list entry that only names a thing: 'Samverka', 'Tidig upptäckt'), an official
        # word keeps its place and gets its plain word in parentheses: the entry is the term, swapping loses it.
        self.naming = False
        # While `apart` is set, a term is explained in a sentence of its own after the sentence it stands in
        # ('Samla könsuppdelad statistik. Könsuppdelad betyder delad på pojkar och flickor.'), not in parentheses
        # mid-sentence (lättläst: one idea per sentence); `pending` holds those sentences until then.
        self.apart = False
        self.pending: list[str] = []
        # While `cited` is set (a line with a citation marker: the source's words), a word of the assistant's own
        # voice (`lex.EASY_OWN_VOICE_WORDS`) keeps its word.
        self.cited = False
        # While `in_item` is set (a line that is a list item itself), a list made inside it is nested under the item:
        # its entries' terms are explained in parentheses, as there is no line after the nested list that is not
        # another item of the outer list.
        self.in_item = False

    def phrases(self, text: str) -> str:
        """Official phrases in plain words ('i första hand' -> 'först'), abbreviations written out ('t.ex.'); a
        phrase that would take away a word of the question stays ('behöriga lärare' when that was asked)."""

        def plain(m: re.Match[str], swap: str) -> str:
            easy = m.expand(swap)
            gone = [w for w in WORD_RE.findall(m.group(0)) if w.lower() not in easy.lower()]
            return m.group(0) if any(self.asked(w.lower()) for w in gone) else easy

        for pattern, swap in (*lex.EASY_ABBREVIATIONS, *lex.EASY_PHRASES):
            text = pattern.sub(lambda m, swap=swap: plain(m, swap), text)
        return re.sub(r"(?<=\S)  +(?=\S)", " ", text)

    @staticmethod
    def swaps(text: str) -> str:
        """Only the plain words for official ones (`lex.EASY_WORDS`): for a heading, which explains nothing and
        is not cut ('Indikator 2: Har skolledningen regelbundna möten …')."""

        def plain(m: re.Match[str]) -> str:
            swap = lex.EASY_WORDS.get(m.group(0).lower())
            if swap is None or m.string[m.start() - 1:m.start()] in ("/", ".", "@"):
                return m.group(0)
            return swap[:1].upper() + swap[1:] if m.group(0)[:1].isupper() else swap

        return WORD_RE.sub(plain, text)

    def words(self, text: str) -> str:
        """Plain words for official ones; a needed term explained the first time it appears."""

        def plain(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if m.string[m.start() - 1:m.start()] in ("/", ".", "@") or m.string[m.end():m.end() + 1] in ("/", "@"):
                return word  # part of an address or a path ('skolverket.se/statistik')
            if self.asked(low) or (self.cited and low in lex.EASY_OWN_VOICE_WORDS and
                                   not lex.EASY_OWN_VOICE_AFTER_RE.match(m.string[m.end():])):
                return word
            agreeing = lex.EASY_AGREEING_SWAPS.get(low)
            swap = lex.EASY_WORDS.get(low) or (agreeing["weak"] if agreeing else None)
            if swap is not None and self.naming:
                if low in self.explained:
                    return word
                self.explained.add(low)
                return f"{word} ({swap})"
            if swap is not None and swap.split()[-1] in lex.PREPOSITIONS and \
                    not re.match(r"\s+[\wÅÄÖåäö]", m.string[m.end():]):
                return word  # 'titta på' for 'analysera' needs its object: '… bättre på att analysera.' stays
            if swap is not None and _swap_clashes(m, swap):
                return word
            if swap is not None:
                if low in lex.EASY_NEUTER_SWAPS and lex.NEUTER_BEFORE_RE.search(m.string[:m.start()]):
                    swap = lex.EASY_NEUTER_SWAPS[low]  # 'det är relevant' -> 'det är viktigt'
                before, after = _neighbours(m)
                if agreeing is not None:
                    # A word of one form for every noun: its plain word takes the form its noun asks for, or none.
                    form = attributive_form(before, after) if after else None
                    if form is None:
                        return word
                    swap = agreeing[form]
                elif " " not in swap and after and agreement_clash(before, swap, after):
                    return word  # the plain adjective would not agree with its noun: the word stays
                two = re.search(r"([A-Za-zÅÄÖåäöÉé]+) +([A-Za-zÅÄÖåäöÉé]+) +$", m.string[:m.start()])
                if " " not in swap and two and agreement_clash(
                        two.group(1), lex.EASY_WORDS.get(two.group(2).lower(), two.group(2)), swap):
                    return word  # a plain noun of another number than its adjective: 'all viktig anteckningar'
                if lex.EASY_OBJECT_FIRST_SWAP_RE.match(swap):
                    if after and after.lower() not in (*lex.PREPOSITIONS, *lex.CONJUNCTIONS):
                        return word  # 'göra tillgänglig information': the object belongs before the adjective
                    verb, adjective = swap.split()
                    adjective += "t" if adjective_form(adjective) == "common" else ""
                    swap = f"{verb} det {adjective}"  # 'gör det lättare för eleverna'
                return swap[:1].upper() + swap[1:] if word[:1].isupper() else swap
            later = lex.EASY_TERM_LATER.get(low)
            if later is not None and low in self.explained:
                return later[:1].upper() + later[1:] if word[:1].isupper() else later
            meaning = lex.EASY_TERMS.get(low)
            if meaning and low not in self.explained and (is_rare(low) or len(low) > 6):
                self.explained.add(low)
                self.explained.update(k for k, v in lex.EASY_TERMS.items() if v == meaning or _same_term(k, low))
                if lex.EASY_EXPLAINED_HERE_RE.match(m.string[m.end():]):
                    return word  # the text explains it itself ('huvudmannen, alltså den som driver …')
                described = _described_noun(m) if meaning.split()[0] in lex.PREPOSITIONS else ""
                if described:  # the meaning said of this noun's group ('behöriga lärare' -> 'med rätt utbildning')
                    meaning = next((v for stem, v in lex.EASY_TERMS_FOR_NOUN.get(low, {}).items()
                                    if described.lower().startswith(stem)), meaning)
                if self.apart and low not in lex.EASY_TERMS_IN_PLACE and described is not None:
                    # A meaning that describes ('noga planerad') reads 'X betyder Y'; one that describes the noun
                    # after the word ('med rätt utbildning') says it of that noun: 'Behöriga lärare är lärare med …'.
                    verb = "betyder" if low in lex.EASY_TERMS_DESCRIBED else "är"
                    said = f"{word} {described} är {described} {meaning}" if described else f"{word} {verb} {meaning}"
                    self.pending.append(f"{said[:1].upper()}{said[1:]}.")
                    return word
                inside = m.string[:m.start()].count("(") > m.string[:m.start()].count(")")
                # Inside a parenthesis a second one would nest ('(baserat på målgruppen (de ni vill nå))').
                if inside:
                    return f"{word}, alltså {meaning}"
                # A meaning that opens with a preposition describes a noun ('med rätt utbildning'): it goes after
                # the noun the word stands before, not between them (`_after_noun`).
                return f"{word}{_HELD}{meaning}{_HELD_END}" if meaning.split()[0] in lex.PREPOSITIONS else \
                    f"{word} ({meaning})"
            if meaning is None and word.islower() and _free_standing(m):
                return unfold_compound(word) or word
            if meaning is None and m.start() == 0 and word[1:].islower() and known_word(low) and \
                    has_verb(m.string):
                # The sentence's first word, capitalised only for being first ('Lärarutbildningen är …'); a name
                # ('Björkskolan') is no word of the language, and a bare label or list entry without a verb
                # ('Verksamhetsutvecklare 1 300 tkr') may be a title: both stay whole.
                unfolded = unfold_compound(low)
                return unfolded[:1].upper() + unfolded[1:] if unfolded else word
            return word

        return same_twice(_subject_before_particle(_after_noun(WORD_RE.sub(plain, text))))

    def asked(self, word: str) -> bool:
        """`word` (lower case) is one of the question's words, or shares its stem ('behörighet' after 'behöriga'):
        it stays as it is.

        >>> EasyWriter("Hur många behöriga lärare finns?").asked("behörighet")
        True

        A compound that only opens with the question's stem is another word ('arbetar' -> 'arbetsmiljö'):

        >>> EasyWriter("Hur arbetar skolan?").asked("arbetsmiljö"), EasyWriter("Hur arbetar skolan?").asked("arbete")
        (False, True)
        """
        return word in self.keep or any(len(k) >= 5 and word.startswith(stem := k[:max(5, len(k) - 2)]) and
                                        len(word) - len(stem) <= _ASKED_ENDING for k in self.keep)

    def cut(self, sentence: str) -> list[str]:
        """One sentence as short ones: at ';' and dashes, at conjunctions and commas between two clauses
        (both sides with a finite verb), never inside a quotation."""
        sentence = without_cleft(sentence)  # 'Det är rektorn som ansvarar …' -> 'Rektorn ansvarar …' (easy32)
        asked = question_purpose(sentence)
        pieces = asked if len(asked) > 1 else fronted_purpose(sentence)
        for splitter, clauses in ((lex.EASY_SPLIT_RE, True), (_CLAUSE_COMMA_RE, True), (CONJUNCTION_RE, True)):
            out: list[str] = []
            for p in pieces:
                if len(p.split()) <= SHORT_SENTENCE_WORDS:
                    out.append(p)
                    continue
                out += join_short(split_outside_quotes(p, splitter, clauses), 3)
            pieces = out
        # A finding reported inside what a report says reads as a sentence of its own once its aside is out
        # ('… lyfter fram detta:' + 'En central utgångspunkt … är att gruppens olikheter, avseende …, är avgörande'):
        # `reported_clause` is asked again at the end (easy30).
        return [z for r2 in pieces for r1 in sentential_which(r2) for r0 in by_means(r1)
                for p in reported_clause(r0) for b in subject_comma(p)
                for f0 in shared_subject(b) for f in shared_auxiliary(f0) for a0 in fronted_shared_subject(f)
                for a1 in fronted_condition(a0) for a2 in fronted_cause(a1) for a in subject_aside_relative(a2)
                for c in plural_subject(a)
                for e0 in relative_clause(c) for e1 in new_thing_relative(e0) for e in known_thing_relative(e1)
                for s in subject_relative(e)
                for g in gapped_verb(s) for r in where_clause(g)
                for q in trailing_purpose(r) for t in so_that(q) for i0 in trailing_clause(t)
                for i1 in contrast_clause(i0) for i in part_of(i1) for x in inserted_aside(i)
                for z in reported_clause(x)]

    def sentences(self, text: str, apart: bool = True) -> list[str]:
        """`text` (one sentence or several, no markers) as short plain sentences; an enumeration as a list
        ('Det kan handla om:' followed by '- skolan' lines). With `apart`, a term is explained in a sentence of
        its own after its sentence; without it (a field's value, 'Indikator: …', which later steps read back
        whole) in parentheses."""
        text = parentheses_out(text)
        # A lead-in to a list ('… till exempel:') or a bare phrase keeps its explanation inside: nothing may come
        # between it and what it leads into.
        apart = apart and MARKER_RE.sub("", text).rstrip().endswith((".", "!", "?"))
        number = re.match(r"^\d{1,2}\.\s+", text)
        lead, text = (number.group(0), text[number.end():]) if number else ("", text)
        out: list[str] = []
        # A correlative pair is said as two before anything reads its 'utan även B' as a list's entry (easy32); parts
        # named with 'dels … dels' that are alike stay for `parts_list`, which makes them a list.
        for sentence in (c for s in _SENTENCE_END_RE.split(self.phrases(text))
                         for e in trailing_examples(glued_heading(s))
                         for c in ([e] if parts_list(e) else correlative_pair(e))):
            listed = enumeration(sentence)
            purposes: list[str] = []
            if listed is None:  # 'Gör X när A, när B eller C för att D.': the list, then the purpose after it
                main, *purposes = trailing_purpose(sentence)
                listed = enumeration(main.rstrip(" ,") + ".") if purposes else None
            if listed is not None:
                head, items = listed
                out += self.flush()  # the explanations of the sentences before, not after the list
                if head:
                    out += [self._finish(self.words(_no_conjunction(p))) for p in self.cut(head.rstrip(":"))]
                    out[-1] = out[-1].rstrip(".") + ":"
                # An entry stays short, one thing a line: a term it uses is explained in a sentence of its own after
                # the list, not in a parenthesis that makes the entry long (`line` holds it until the list ends).
                out += ["- " + (self.prose_words(i) if apart and not self.in_item else self.words(i)).strip(" .")
                        for i in items]
                out += [self._finish(self.words(p)) for p in purposes]
                out += self.flush()
                continue
            pieces = []
            for k, p in enumerate(self.cut(sentence)):
                p = _no_conjunction(p)
                # Only a piece cut off after the sentence's start is a relative clause: a sentence or question of
                # its own that opens with 'Vilka'/'Där' ('Vilka elever behöver stöd?') keeps its word.
                p = demonstrative(p) if k and not p.endswith("?") else p
                if p and (WORD_RE.search(p) or re.search(r"\d", p)):  # a figure alone is a fact, never dropped
                    pieces.append(p)
            for k, p in enumerate(pieces):
                out.append(self._finish(self.prose_words(p) if apart else self.words(p)))
                # A term's explanation right after the short sentence that uses it, unless the next one points
                # back at that sentence ('Det ledde till …'): the explanation would come between them.
                if k + 1 == len(pieces) or not lex.EASY_REFERS_BACK_RE.match(pieces[k + 1]):
                    out += self.flush()
        if lead and out:
            out[0] = lead + out[0]
        return out + self.flush()

    def prose_words(self, text: str) -> str:
        """`words` for a sentence of prose: a term it needs is explained in a sentence after it (`flush`)."""
        self.apart = True
        try:
            return self.words(text)
        finally:
            self.apart = False

    def flush(self) -> list[str]:
        """The explanations of the terms met since the last flush, one short sentence each, marked (`EXPLAINED`)
        as the assistant's words, which no [n] cites."""
        out, self.pending = self.pending, []
        return [EXPLAINED + e for e in out]

    @staticmethod
    def _finish(p: str) -> str:
        p = p.strip(" ,")
        p = p[:1].upper() + p[1:]
        return p if p.endswith((".", "!", "?", ":", "…")) else p + "."

    def line(self, raw: str) -> list[str]:
        """One line of an answer or rendered draft rewritten; a long line becomes several short ones."""
        stripped = raw.strip()
        if not stripped:
            return [raw]
        heading = re.fullmatch(r"(\*\*)(.+?)(\*\*)(:?)", stripped) or re.fullmatch(r"(#{2,4} )(.+)()()", stripped)
        if heading:
            easy = lex.EASY_HEADINGS.get(heading.group(2).rstrip(":"), heading.group(2))
            return [f"{heading.group(1)}{easy}{heading.group(3)}{heading.group(4)}"]
        if stripped.endswith(":") and len(stripped.split()) <= 8:
            return [raw]
        bullet = re.match(r"^(\s*(?:[-*•]|\d+\.)\s+)", raw)
        prefix = bullet.group(1) if bullet else ""
        body = raw[len(prefix):]
        mark_m = _MARK_RE.search(body)
        mark = f" {mark_m.group(0).strip()}" if mark_m else ""
        body = body[: mark_m.start()] if mark_m else body
        body, quotes = mask_quotes(drop_debris(body))
        out: list[str] = []
        # A list entry of a few words without a verb only names a thing ('- Samverka'): it keeps its words.
        self.naming = bool(prefix) and len(WORD_RE.findall(MARKER_RE.sub("", body))) <= 3 and \
            not has_verb(MARKER_RE.sub("", body))
        held: list[str] = []  # explanations waiting for a sentence that does not point back at the one before
        self.cited = bool(MARKER_RE.search(body))
        self.in_item = bool(prefix)
        for sentence, numbers in cited_sentences(body):
            cite = markers(numbers)
            # A term is explained in a short sentence of its own after the sentence using it, the assistant's words:
            # after that sentence's [n], cited by nothing (`EXPLAINED`), so no source sentence loses its marker.
            for piece in (unmask(p, quotes) for p in self.sentences(sentence, apart=True)):
                if piece.startswith(EXPLAINED):
                    if not prefix and out and out[-1].startswith("- "):
                        # The entries of a list this sentence became are all out: their terms' explanations follow
                        # the list right away, before any sentence after it.
                        out.append(piece.removeprefix(EXPLAINED))
                    else:
                        held.append(piece.removeprefix(EXPLAINED))
                    continue
                # Not between a list's lead ('… vara:') and its entries, nor among them: there they would break
                # the list; they follow it.
                leading = bool(out) and (MARKER_RE.sub("", out[-1]).rstrip().endswith(":") or
                                         out[-1].lstrip().startswith("- "))
                if held and not leading and (piece.startswith("- ") or not lex.EASY_REFERS_BACK_RE.match(piece)):
                    out, held = out + held, []
                if piece.startswith("- "):
                    out.append(f"{'  ' if prefix else ''}{piece}{cite}{mark}")
                else:
                    out.append(f"{piece}{cite}{mark}")
        out += held
        self.naming = self.in_item = False
        if not out:
            return [raw]
        if prefix.strip()[:1].isdigit():  # a numbered item stays one numbered line of short sentences
            # and its list; the sentences after the list follow it, indented under the item ('13. Arbeta ihop med:'
            # + entries + '  Det är för att …'), so a lead-in stands right before its entries.
            items = [k for k, p in enumerate(out) if p.startswith("  - ")]
            before = out[:items[0]] if items else out
            after = out[items[-1] + 1:] if items else []
            return [prefix + " ".join(before)] + [out[k] for k in items] + \
                ([f"  {' '.join(after)}"] if after else [])
        if prefix:  # one list item stays one item (its short sentences on its line), so the list keeps its count
            # A sentence goes on the item's line unless a nested entry came last; whether one did is told by the
            # piece, not by the line's start, which an indented item's own prefix ('  - ') shares.
            lines: list[str] = []
            entry_last = False
            for p in out:
                if p.startswith("  - ") or not lines or entry_last:
                    lines.append(p if p.startswith("  - ") else f"{prefix}{p}")
                else:
                    lines[-1] = f"{lines[-1]} {p}"
                entry_last = p.startswith("  - ")
            return lines
        return _paragraph(out)


EXPLAINED = "\ue003"  # marks a sentence `EasyWriter.sentences` wrote to explain a term (not a source's words)
_QUOTE_RE = re.compile(r"”[^”]+”|\"[^\"]+\"")
_MASK_RE = re.compile(r"\ue000(\d+)\ue001")


_OPEN_END = "\ue004"  # marks a quotation `mask_quotes` found still open at the end of its text


def mask_quotes(text: str) -> tuple[str, list[str]]:
    """Quoted text (a goal or a sentence quoted from a source) hidden behind a placeholder, so no rule rewrites
    or cuts inside it; `unmask` puts it back word for word.

    >>> masked, quotes = mask_quotes("Målet ”Pojkar ska nå kunskapskraven” gäller.")
    >>> masked.count("kunskapskraven"), unmask(masked, quotes)
    (0, 'Målet ”Pojkar ska nå kunskapskraven” gäller.')

    The closing mark of a quotation opens none ('”vi ska göra det”, och …' has no open quotation after it):

    >>> masked, quotes = mask_quotes("Rektor sa ”vi ska göra det”, och sedan började arbetet på skolan. [1]")
    >>> len(quotes), unmask(masked, quotes)
    (1, 'Rektor sa ”vi ska göra det”, och sedan började arbetet på skolan. [1]')
    """
    quotes: list[str] = []

    def hide(m: re.Match[str]) -> str:
        quotes.append(m.group(0))
        return f"{m.group(0)[0]}\ue000{len(quotes) - 1}\ue001{m.group(0)[-1]}"

    masked = _QUOTE_RE.sub(hide, text)
    after = masked.rfind("\ue001") + 2 if quotes else 0  # past the last hidden quotation and its closing mark
    # a quotation that goes on past this text ('… som huvudman ”… följer')
    opened = re.compile(r"”(?=\S)[^”]*$").search(masked, after)
    if opened is not None and len(WORD_RE.findall(opened.group(0))) >= 2:
        # A citation marker ends the cited passage, and the quotation with it: the sentences after the marker are
        # other passages, rewritten like any ('… ”Om en skola har brister. [2] Jag hade behövt …').
        cited = MARKER_RE.search(opened.group(0))
        within = opened.group(0)[:cited.end()] if cited else opened.group(0)
        end = re.search(r"[.!?]?(?:\s*\[[\d,\s–-]+\])*\s*$", within)
        inner = within[:end.start()] if end else within
        quotes.append(inner + _OPEN_END)  # unmask gives back no closing mark: the source has none here
        masked = f"{masked[:opened.start()]}”\ue000{len(quotes) - 1}\ue001”{opened.group(0)[len(inner):]}"
    return masked, quotes


def unmask(text: str, quotes: list[str]) -> str:
    """The quotations `mask_quotes` hid, back in place (their own quotation marks included; a quotation that went
    on past its text gets no closing mark it did not have).

    >>> masked, quotes = mask_quotes("Tillsynen granskar att kommunen ”… följer de lagar som finns för verksamheten.")
    >>> "verksamheten" in masked, unmask(masked, quotes)
    (False, 'Tillsynen granskar att kommunen ”… följer de lagar som finns för verksamheten.')
    """
    def back(m: re.Match[str]) -> str:
        return quotes[int(m.group(1))].removesuffix(_OPEN_END)

    return re.sub(r"[”\"]\ue000(\d+)\ue001[”\"]", back, text)


# Two plain phrases of two words or more joined by 'och'/'eller' that came out the same ('samarbeta och samverka'
# -> 'arbeta ihop och arbeta ihop'). One word twice ('mer och mer', 'om och om igen') is Swedish and stays.
_SAME_TWICE_RE = re.compile(r"\b(\w+(?: \w+)+) (?:och|eller) \1\b")


# The plain words that are a verb and its particle ('framkommer' -> 'kommer fram', 'inkomma' -> 'komma in').
_PARTICLE_SWAPS = sorted({v for v in lex.EASY_WORDS.values()
                          if len(v.split()) == 2 and v.split()[1] in lex.VERB_PARTICLES}, key=len, reverse=True)
_PARTICLE_SUBJECT_RE = re.compile(
    rf"\b({'|'.join(re.escape(v.split()[0]) for v in _PARTICLE_SWAPS)}) "
    rf"({'|'.join(sorted({re.escape(v.split()[1]) for v in _PARTICLE_SWAPS}))}) "
    rf"({'|'.join(sorted(lex.SUBJECT_PRONOUNS))})\b", re.I)


def _subject_before_particle(text: str) -> str:
    """A particle verb swapped in for one word, in a clause whose subject comes after the verb (a fronted adverbial
    or a question: 'Vid intervjuerna framkommer det att …'), with its subject pronoun before the particle, where
    Swedish puts it: 'Vid intervjuerna kommer det fram att …', not 'kommer fram det' (trial 26, X5; Svenska
    Akademiens grammatik: an unstressed pronoun subject stands before the particle).

    >>> _subject_before_particle("Vid intervjuerna kommer fram det att lärarna är viktiga.")
    'Vid intervjuerna kommer det fram att lärarna är viktiga.'
    >>> _subject_before_particle("I intervjuerna kommer fram att lärarna är viktiga.")
    'I intervjuerna kommer fram att lärarna är viktiga.'
    """
    pairs = {tuple(v.split()) for v in _PARTICLE_SWAPS}

    def turn(m: re.Match[str]) -> str:
        if (m.group(1).lower(), m.group(2).lower()) not in pairs:
            return m.group(0)
        return f"{m.group(1)} {m.group(3)} {m.group(2)}"

    return _PARTICLE_SUBJECT_RE.sub(turn, text) if _PARTICLE_SWAPS else text


def same_twice(text: str) -> str:
    """A phrase that the plain words made twice over, joined by 'och' or 'eller', said once.

    >>> same_twice("Skolan behöver arbeta ihop och arbeta ihop med föräldrar. Det blir mer och mer.")
    'Skolan behöver arbeta ihop med föräldrar. Det blir mer och mer.'
    """
    return _SAME_TWICE_RE.sub(r"\1", text)


_HELD, _HELD_END = "\ue005", "\ue006"  # an explanation `EasyWriter.words` holds back until after the next noun
_HELD_RE = re.compile(f"{_HELD}([^{_HELD_END}]*){_HELD_END}(?: ([a-zåäö]+)\\b)?")


def _after_noun(text: str) -> str:
    """An explanation that describes a noun put after the noun its word stands before: 'behöriga lärare (med rätt
    utbildning eller betyg)', not 'behöriga (med rätt utbildning eller betyg) lärare', which parts adjective and
    noun; with no noun after the word, right after the word.

    >>> _after_noun("Andelen behöriga\ue005med rätt utbildning\ue006 lärare ökar.")
    'Andelen behöriga lärare (med rätt utbildning) ökar.'
    >>> _after_noun("Lärarna är behöriga\ue005med rätt utbildning\ue006.")
    'Lärarna är behöriga (med rätt utbildning).'
    """

    def place(m: re.Match[str]) -> str:
        noun = m.group(2)
        if noun and is_noun(noun) and noun not in lex.SUBJECT_PRONOUNS:
            return f" {noun} ({m.group(1)})"
        return f" ({m.group(1)})" + (f" {noun}" if noun else "")

    return _HELD_RE.sub(place, text)


def _swap_clashes(m: re.Match[str], swap: str) -> bool:
    """The plain word `swap` for the word `m` matched would say less than the text did, so the word stays:
    - the word shares its head with a compound before it ('förbättrings- och utvecklingsarbete'): its plain word
      ('arbete') would leave the first compound without its head ('förbättrings- och arbete');
    - the plain word repeats the stem of the noun after it ('systematisk plan' -> 'planerad plan', trial 26);
    - the plain word is the word (or part of the plain word) of its partner in a pair joined by 'och'/'eller'
      ('arbetssätt och metoder' -> 'sätt att arbeta och sätt'): the two things would read as one. Two words the
      lexicon gives one plain word ('samarbeta och samverka') are one thing, said once (`same_twice`).

    >>> [_swap_clashes(re.search(w, t), s) for w, t, s in (
    ...     ("utvecklingsarbete", "ett förbättrings- och utvecklingsarbete", "arbete"),
    ...     ("systematisk", "en systematisk plan för detta", "planerad"),
    ...     ("metoder", "Arbetssätt och metoder har utvecklats", "sätt"),
    ...     ("metoder", "Vi har prövat metoder för samtal", "sätt"))]
    [True, True, True, False]
    """
    before, after = m.string[:m.start()], m.string[m.end():]
    if re.search(rf"\w-\s+{lex.LIST_CONJUNCTIONS}\s+$", before):
        return True
    nxt = re.match(r"\s+([A-Za-zÅÄÖåäöÉé]+)", after)
    head = swap.split()[-1].lower()
    if nxt and len(head) >= 4 and nxt.group(1).lower()[:4] == head[:4] and \
            nxt.group(1).lower() != m.group(0).lower():
        return True
    mine = {w for w in swap.lower().split() if len(w) >= 3 and w not in lex.EASY_PAIR_NEUTRAL_WORDS}
    partners = [re.search(rf"([A-Za-zÅÄÖåäöÉé]+)\s+{lex.LIST_CONJUNCTIONS}\s+$", before),
                re.match(rf"\s+{lex.LIST_CONJUNCTIONS}\s+([A-Za-zÅÄÖåäöÉé]+)", after)]
    for partner in (p.group(1).lower() for p in partners if p):
        if lex.EASY_WORDS.get(partner) == swap:
            continue  # two words with one plain word ('samarbeta och samverka'): `same_twice` says it once
        theirs = {partner, *lex.EASY_WORDS.get(partner, "").split()}
        if mine & {w for w in theirs if len(w) >= 3}:
            return True
    return False


# The most letters two forms of one term may differ in after their shared start ('område|n', 'gård|arna').
_TERM_ENDING = 4


def _same_term(a: str, b: str) -> bool:
    """Two word forms of one term (singular and plural, with and without the article: 'internkontrollområde' and
    'internkontrollområden'): explained once, the other form is no new word to the reader.

    >>> _same_term("internkontrollområde", "internkontrollområden"), _same_term("fritidsgård", "fritidsgårdarna")
    (True, True)
    >>> _same_term("behörig", "obehörig"), _same_term("nämnden", "nämndkonstellation")
    (False, False)
    """
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and max(len(a), len(b)) - shared <= _TERM_ENDING


def _neighbours(m: re.Match[str]) -> tuple[str, str]:
    """The words right before and right after the word `m` matched, with only spaces between ('' where none).

    >>> _neighbours(re.search("ordinarie", "integreras i ordinarie undervisning."))
    ('i', 'undervisning')
    """
    before = re.search(r"([A-Za-zÅÄÖåäöÉé]+) +$", m.string[:m.start()])
    after = re.match(r" +([A-Za-zÅÄÖåäöÉé]+)", m.string[m.end():])
    return (before.group(1) if before else "", after.group(1) if after else "")


def _described_noun(m: re.Match[str]) -> str | None:
    """The noun right after the word `m` matched, which an explanation opening with a preposition describes
    ('behöriga lärare' -> 'lärare'); None without one ('Lärarna är behöriga.'): that explanation stays beside the word.

    >>> [_described_noun(re.search("behöriga", t)) for t in ("Andelen behöriga lärare ökar.", "Lärarna är behöriga.")]
    ['lärare', None]
    """
    after = re.match(r" ([a-zåäö]+)\b", m.string[m.end():])
    noun = after.group(1) if after else None
    return noun if noun and is_noun(noun) and noun not in lex.SUBJECT_PRONOUNS else None


def _free_standing(m: re.Match[str]) -> bool:
    """The word is neither part of a shared-ending pair ('jämställdhets- och värdegrundsarbete') nor quoted."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if re.search(r"[A-ZÅÄÖ]\w*\s+$", before):
        return False  # after a capitalised word it may belong to a name ('Framtidens lärarutbildning')
    return not after.startswith("-") and not re.search(rf"-\s+{lex.LIST_CONJUNCTIONS}\s+$", before) and \
        before.count("”") % 2 == 0 and before.count('"') % 2 == 0


@lru_cache(maxsize=8192)
def unfold_compound(word: str) -> str | None:
    """A rare long compound written out as its two common parts, head first; None when it has no such parts.

    >>> unfold_compound("lärarutbildningen"), unfold_compound("kostnadsberäkning"), unfold_compound("matematik")
    ('utbildningen av lärare', 'beräkning av kostnad', None)
    >>> unfold_compound("skolledningen")  # 'skola', not the clipped 'skol'; an '-a' noun with its article
    'ledningen av skolan'
    >>> unfold_compound("Matematiksatsning"), unfold_compound("Återrapportering")  # capital first; no adverb parts
    ('Satsning på matematik', None)
    >>> unfold_compound("utvecklingsbehov")  # a head with its own preposition (lex.COMPOUND_HEAD_PREPOSITIONS)
    'behov av utveckling'

    """
    if word[:1].isupper() and word[1:2].islower():  # 'Matematiksatsning' -> 'Satsning på matematik'
        plain = unfold_compound(word.lower())
        return plain[:1].upper() + plain[1:] if plain else None
    from wordfreq import zipf_frequency

    if len(word) < lex.COMPOUND_MIN_LETTERS or zipf_frequency(word, "sv") >= lex.COMPOUND_RARE_ZIPF or \
            word.startswith(lex.COMPOUND_FIXED_TERMS):
        return None
    for cut in range(3, len(word) - 4):
        head, first = word[cut:], word[:cut]
        if zipf_frequency(head, "sv") < lex.COMPOUND_PART_ZIPF or lex.COMPOUND_ADJECTIVE_HEAD_RE.search(head) or \
                head in lex.COMPOUND_NOT_HEAD:
            continue
        # The first part's own form is the most common word its linked forms give: 'skol' -> 'skola', not the
        # clipped 'skol' (a toast), which wordfreq also knows.
        stems = {(first[: -len(link)] if link else first) + ending for link, ending in lex.COMPOUND_LINKS
                 if not link or first.endswith(link)}
        fitting = [s for s in stems if len(s) >= 3 and s not in lex.COMPOUND_NOT_FIRST and
                   lex.COMPOUND_PART_ZIPF <= zipf_frequency(s, "sv")]
        if not fitting:
            continue
        stem = max(fitting, key=lambda s: zipf_frequency(s, "sv"))
        if zipf_frequency(stem, "sv") >= lex.COMPOUND_FIRST_MAX_ZIPF:
            continue
        if stem.endswith("a") and zipf_frequency(stem + "n", "sv") >= lex.COMPOUND_PART_ZIPF:
            stem += "n"  # a bare singular '-a' noun after a preposition is no Swedish: 'ledningen av skolan'
        own = next((p for h, p in lex.COMPOUND_HEAD_PREPOSITIONS if head.startswith(h)), None)
        if lex.VERBAL_NOUN_HEAD_RE.search(head):
            return f"{head} {own or 'av'} {stem}"
        if lex.COMPOUND_FOR_FIRST_RE.search(stem):
            return f"{head} {own or 'för'} {stem}"
    return None


def _paragraph(pieces: list[str]) -> list[str]:
    """Prose sentences kept together as one paragraph; list items on their own lines."""
    out: list[str] = []
    prose: list[str] = []
    for p in pieces:
        if p.startswith("- "):
            if prose:
                out.append(" ".join(prose))
                prose = []
            out.append(p)
        else:
            prose.append(p)
    if prose:
        out.append(" ".join(prose))
    return out


def _no_conjunction(piece: str) -> str:
    """A cut-off piece without the 'och' or 'samt' it started with ('Och diskussionen hålls …' -> 'diskussionen …');
    'men', 'så' and 'eller' stay, they carry meaning (a contrast, a consequence, an alternative: 'A, men B' is no 'A.
    B.'), and a lättläst sentence may open with them (Centrum för lättläst: 'Men …', 'Så …').

    A 'så' of purpose or result before its clause's subject ('så eleverna kan få stöd') goes too: a sentence opened by
    'Så' puts its verb next ('Så kan eleverna …'), so 'Så eleverna kan …' would be no sentence.

    >>> _no_conjunction("men arbetet har inte följts upp"), _no_conjunction("och rektorn följer upp")
    ('men arbetet har inte följts upp', 'rektorn följer upp')
    >>> _no_conjunction("så eleverna kan få stöd"), _no_conjunction("så kan eleverna få stöd")
    ('eleverna kan få stöd', 'så kan eleverna få stöd')
    >>> _no_conjunction("så här gör vi")
    'så här gör vi'

    A sentence's own opening 'Så' and a 'så' of degree or time ('Så många som 40 % …', 'så länge arbetet pågår') stay:

    >>> _no_conjunction("Så länge arbetet pågår följer rektorn upp"), _no_conjunction("så snart planen är klar")
    ('Så länge arbetet pågår följer rektorn upp', 'så snart planen är klar')
    """
    piece = re.sub(r"^(och|samt)\s+", "", piece.strip(), flags=re.I).strip(" ,")
    then = re.match(r"så\s+(\w+)", piece)
    if then and not is_finite_verb(then.group(1)) and \
            then.group(1).lower() not in (*lex.SO_MANNER_WORDS, *lex.SO_DEGREE_WORDS):
        piece = piece[then.start(1):]
    return piece


# A full stop after a word, then a word in lower case: no sentence starts so, the words after it are a page's leftovers
# glued on by PDF extraction ('… enligt skollag. förbättra kunskapsresultaten i en kommun.').
_DEBRIS_RE = re.compile(r"(?<=[A-Za-zÅÄÖåäö]{3}\.)\s+[a-zåäö][^.!?\[\]]*[.!?]?(?=\s*(?:\[|$))")


# Abbreviations a lower-case word may follow in the same sentence ('3 kap. skollagen', 'osv. och mer').
_CONTINUED_ABBREVIATIONS = frozenset(lex.INNER_ABBREVIATIONS + lex.ABBREVIATIONS + lex.CONTINUED_ABBREVIATIONS)


def drop_debris(text: str) -> str:
    """The words after a full stop that start in lower case and run to the end of the text (or its citation
    marker) left out: a sentence never starts so, they are the leftovers of a page break or a reference list; a
    dotted abbreviation ('resp. pojkar', 't.ex. skolan') keeps what follows.

    >>> drop_debris("Huvudmannen ansvarar för kvaliteten enligt skollag. förbättra resultaten i en kommun. [1]")
    'Huvudmannen ansvarar för kvaliteten enligt skollag. [1]'
    >>> drop_debris("Stödet ges till flickor resp. pojkar i skolan. [1]")
    'Stödet ges till flickor resp. pojkar i skolan. [1]'
    >>> drop_debris("Huvudmannen ansvarar för kvaliteten enligt 3 kap. skollagen. [1]")
    'Huvudmannen ansvarar för kvaliteten enligt 3 kap. skollagen. [1]'
    """
    def drop(m: re.Match[str]) -> str:
        before = re.search(r"(\S+)\.$", m.string[:m.start()])
        word = before.group(1).lower() if before else ""
        return m.group(0) if word in _CONTINUED_ABBREVIATIONS or "." in word else ""

    return _DEBRIS_RE.sub(drop, text)


def easy_answer(text: str, asked: str = "") -> str:
    """An answer in easy Swedish, opened by a line that says so (`lex.EASY_REWRITE_LEAD`): its sentences say the
    cited lines in other words, they are no quotations (each citation's quote keeps the original). A refusal (or a
    refusal part that leads) needs no such line: it opens in words later turns recognise (`lex.REFUSAL_RE`,
    'Våra texter har inga uppgifter om …'), and its closest passage is said in easy words (`closest_passage`).

    >>> easy_answer(f"{lex.ENGLISH_NOTE}\\nMentorn kontaktar vårdnadshavare. [1]").splitlines()[:2] == \\
    ...     [lex.ENGLISH_NOTE, lex.EASY_REWRITE_LEAD]
    True
    """
    easy = easy_text(text, asked)
    # The English note of an answer to an English question stands before the easy answer, not inside it: it is no
    # line of the rewrite (trial 34 E3 read 'Så här står det, med enkla ord:' then 'Note: the sources are …').
    lines = easy.splitlines()
    notes = []
    while lines and lines[0].startswith(_ENGLISH_LINES):
        notes.append(lines.pop(0))
    easy = "\n".join(lines)
    return "\n".join([*notes, easy if lex.EASY_REFUSAL_RE.match(easy) else f"{lex.EASY_REWRITE_LEAD}\n{easy}"])


def easy_facilitation(text: str, asked: str = "") -> str:
    """A dilemma turn in easy Swedish: no rewrite lead (it is the facilitator's turn, not source text said again),
    its headings and the source lines it quotes ('- … [n]': perspectives, workshop questions) word for word, so that
    a later summary finds them again in the history (extractive/dilemma/items.py `_unit_of`); its own lines in easy
    words.

    >>> easy_facilitation("Perspektiv:\\n- Huvudmannen har stor betydelse för stödet. [1]")
    'Perspektiv:\\n- Huvudmannen har stor betydelse för stödet. [1]'
    """
    out = []
    # The mode's own word is the participant's: it is no term to explain ('Dilemma är ett svårt val.' was tacked on).
    asked = f"{asked} {' '.join(lex.EASY_FACILITATION_KNOWN)}"
    heading = ""
    for line in text.splitlines():
        quoted = re.search(r"^- .*\[\d+\]\s*$", line) or (line.endswith(":") and not line.startswith("- "))
        if line.endswith(":") and not line.startswith("- "):
            heading = line
        if quoted and line.rstrip().endswith("]") and re.search(r"\?\s*(?:\[[\d,\s]+\])+\s*$", line):
            # A question quoted from the source stays as written (a summary finds it again); its easy words follow
            # on a line of their own when they differ (dilemma27: the workshop's question stayed as written).
            own = re.sub(r"\s*(?:\[[\d,\s]+\])+\s*$", "", line[2:])
            easy = easy_text(own, asked)
            out.append(line)
            if easy != own and "\n" not in easy:
                out.append(f"  {lex.EASY_QUESTION_LEAD} {easy}")
            continue
        if not quoted and line.startswith("- ") and heading == f"{MODES['dilemma'].heading('dilemmat')}:":
            # The restatement in short sentences before it is made easy: its joints (' – när …', ', men …') are where
            # the easy writer cut it into list items otherwise ('en kollega vill att: - ni översätter breven, men …').
            line = "- " + " ".join(_restated_sentences(line[2:]))
        out.append(line if quoted or not line.strip() else easy_text(line, asked))
    return "\n".join(out)


def _restated_sentences(text: str) -> list[str]:
    """A dilemma's restatement in short sentences at its joints.

    >>> _restated_sentences("Ni står inför ett val: A vill x, men B säger y – när ni har z.")
    ['Ni står inför ett val.', 'A vill x.', 'Men B säger y.', 'Det gäller när ni har z.']
    """
    text = re.sub(r"\s+–\s+när\s+", ". Det gäller när ", text)
    text = re.sub(r"^((?:Ni står inför|Det ni har diskuterat är) ett val)(?::| –)\s+", r"\1. ", text)
    text = re.sub(r",\s+men\s+", ". Men ", text)
    text = re.sub(r"\s+–\s+", ". ", text)
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return [p[:1].upper() + p[1:] + ("" if p.endswith((".", "!", "?", "…")) else ".") for p in parts]


def easy_text(text: str, asked: str = "") -> str:
    """A whole answer in easy Swedish, each short sentence with the citations of the sentence it came from; the
    words of the question `asked` stay. A quotation comes back word for word, no placeholder of it is left:

    >>> easy = easy_text("Rektor sa ”vi ska göra det”, och sedan började arbetet på skolan. [1]")
    >>> "”vi ska göra det”" in easy, any("\ue000" <= c <= "\ue004" for c in easy)
    (True, False)
    """
    writer = EasyWriter(asked)
    out: list[str] = []
    lines = text.splitlines()
    last_head: list[str] = []  # what the last closest passage is and where it stands: said once for its neighbours
    for i, raw in enumerate(lines):
        closest = lex.REFUSAL_CLOSEST_RE.match(raw.strip())
        following = next((n for n in lines[i + 1:] if n.strip()), "")
        raw = raw if closest else list_lead_alone(raw, following, asked)
        pointer = lex.EASY_POINTER_RE.match(raw.strip())
        restated = lex.EASY_REFUSAL_ASKED_RE.match(raw.strip())
        easy = closest_passage(writer, closest) if closest else \
            [raw] if raw.startswith(_ENGLISH_LINES) else where_pointer(writer, pointer) if pointer else \
            refusal_asked_apart(writer, restated) if restated else writer.line(raw)
        head = easy[:easy.index(lex.EASY_CLOSEST_LEAD) + 1] if closest and lex.EASY_CLOSEST_LEAD in easy else []
        if head and head == last_head:
            easy = easy[len(head):]  # a second passage of the same place follows the first without a new lead
        last_head = head
        if easy and _introduces_list(raw, following):
            easy[-1] = _LAST_STOP_RE.sub(r":\1", easy[-1], count=1)
        out += easy
    return "\n".join(out)


_LAST_STOP_RE = re.compile(r"\.((?:\s*\[[\d,\s–-]+\])*)\s*$")
# The English notes of an answer to a question in English stay as they are: the easy words are Swedish.
_ENGLISH_LINES = ("The sources (all in Swedish)", lex.ENGLISH_NOTE)


def closest_passage(writer: EasyWriter, m: re.Match[str]) -> list[str]:
    """A refusal's line that shows the closest passage (`lex.REFUSAL_CLOSEST_RE`) in lättläst: what the passage is to
    the question and where it stands, each in a short sentence of its own, then the passage in easy words like any
    cited line, each sentence with the passage's [n] (its citation keeps the original words).

    >>> print(closest_passage(EasyWriter(), lex.REFUSAL_CLOSEST_RE.match(
    ...     "Det närmaste underlaget handlar om något annat (Sommarskola): ”Sommarskolan erbjöds till elever som saknade "
    ...     "godkända betyg. Lärarna gav dem stöd i juni och juli varje sommar.” [2]")))
    ['Det närmaste i våra texter gäller något annat.', 'Det står i ”Sommarskola”.', \
'Så här står det där, med enkla ord:', 'Sommarskolan erbjöds till elever som saknade godkända betyg. [2]', \
'Lärarna gav dem stöd i juni och juli varje sommar. [2]']
    """
    found = next(((p.match(m.group("says")), lines) for p, lines in lex.EASY_CLOSEST_SAYS
                  if p.match(m.group("says"))), None)
    if found is None:
        return [m.group(0)]
    said = [found[0].expand(line) for line in found[1]]
    # Each sentence of the passage keeps the passage's [n] (the quote had one marker after all its sentences).
    cite = m.group("cite").strip()
    passage = [line for sentence, _ in cited_sentences(m.group("quote"))
               for line in _short_enough(writer.line(f"{sentence} {cite}"))]
    where = re.sub(r"[”\"]", "", m.group("where"))  # a heading's own quotation marks would nest in the quote
    if not passage:  # what the passage is and where it stands, cited: the reader finds it there
        return [*said, f"{lex.EASY_CLOSEST_WHERE.format(where=where)} {cite}".rstrip()]
    return [*said, lex.EASY_CLOSEST_WHERE.format(where=where), lex.EASY_CLOSEST_LEAD, *passage]


def refusal_asked_apart(writer: EasyWriter, m: re.Match[str]) -> list[str]:
    """A refusal's opening line (`lex.EASY_REFUSAL_ASKED_RE`) whose restated question is long, as two sentences: the
    refusal in its own opening words (later turns know it by them) and the question in the asker's words, which
    stay as asked and are not cut (a title in them, 'kursen Samverkan för att främja skolnärvaro', is no purpose).

    >>> refusal_asked_apart(EasyWriter(), lex.EASY_REFUSAL_ASKED_RE.match(
    ...     "Underlaget har inga uppgifter om hur stor skillnaden var i meritvärde mellan pojkar och flickor 2019."))
    ['Våra texter har inga uppgifter om det du frågar.', 'Du frågar hur stor skillnaden var i meritvärde mellan \
pojkar och flickor 2019.']
    >>> refusal_asked_apart(EasyWriter(), lex.EASY_REFUSAL_ASKED_RE.match(
    ...     "Underlaget har inga uppgifter om hur många elever som gick i skolan."))
    ['Våra texter har inga uppgifter om hur många elever som gick i skolan.']
    """
    asked = re.sub(r"^huruvida\s", "om ", m.group("asked"))
    if len(WORD_RE.findall(asked)) <= lex.EASY_ASKED_APART_WORDS:
        return writer.line(m.group(0))
    first, second = lex.EASY_REFUSAL_ASKED
    return [*writer.line(first.format(lead=m.group("lead"))), second.format(asked=asked)]


# A place's examples in a refusal's pointer ('(t.ex. Skolverket, Socialstyrelsen och länsstyrelserna)').
_POINTER_EXAMPLES_RE = re.compile(r"\s*\((?:t\.\s?ex\.|till exempel|exempelvis)\s+([^()]+)\)")
# A parenthesis whose commas part several notes ('(för kommuner också Kolada, för statliga myndigheter …)').
_POINTER_NOTE_RE = re.compile(r"\s*\(([^()]*,[^()]*)\)")


def _entries(text: str) -> list[str]:
    """The entries of an enumeration ('a, b och c'): parted at the commas outside parentheses, and the last part at its
    last 'och', 'eller' or 'samt' where commas parted it before (a pair alone, 'Folkhälsomyndighetens och
    Socialstyrelsens statistik', is one entry); a 'samt' always parts two entries.

    >>> _entries("Kolada, SCB och Skolverkets statistik, eller er egen verksamhets uppföljning")
    ['Kolada', 'SCB och Skolverkets statistik', 'er egen verksamhets uppföljning']
    >>> _entries("Svensk författningssamling och myndighetens vägledning, t.ex. Skolverkets om skollagen")
    ['Svensk författningssamling och myndighetens vägledning, t.ex. Skolverkets om skollagen']
    >>> _entries("skolans egen statistik samt Skolverkets rapporter"), _entries("SCB:s statistikdatabas och Kolada")
    (['skolans egen statistik', 'Skolverkets rapporter'], ['SCB:s statistikdatabas och Kolada'])
    """
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(text[start:k])
            start = k + 1
    parts.append(text[start:])
    parts = [re.sub(r"^(?:och|eller|samt)\s+", "", p.strip()) for p in parts if p.strip()]
    for k in range(len(parts) - 1, 0, -1):  # ', som publiceras på …', ', t.ex. Skolverkets …' tell of the entry
        if re.match(r"(?:som|vilket|vilka|där|t\.\s?ex\.|till exempel|bland annat|främst)\s", parts[k]):  # before
            parts[k - 1:k + 1] = [f"{parts[k - 1]}, {parts[k]}"]
    last = parts[-1] if parts else ""
    outside = re.sub(r"\([^()]*\)", lambda p: "x" * len(p.group(0)), last)
    joints = list(re.finditer(r"\s(?:och|eller|samt)\s" if len(parts) > 1 else r"\ssamt\s", outside))
    if joints:
        parts[-1:] = [last[:joints[-1].start()].strip(), last[joints[-1].end():].strip()]
    return [p for p in parts if p]


_PLACE_PREPOSITION_RE = re.compile(r"^(?:i|på|hos)\s+")


def where_pointer(writer: EasyWriter, m: re.Match[str]) -> list[str]:
    """A refusal's pointer to where such data is found (`lex.EASY_POINTER_RE`) in lättläst: a short lead and the
    places as a list; their examples after it, as a list of their own or a sentence; a note on some places in a
    sentence after them. One place stays one sentence, in easy words.

    >>> print("\\n".join(where_pointer(EasyWriter(), lex.EASY_POINTER_RE.match(
    ...     "Sådana uppgifter finns oftast i kunskapsstöd och vägledningar från ansvariga myndigheter (t.ex. "
    ...     "Skolverket, Socialstyrelsen, Jämställdhetsmyndigheten och länsstyrelserna)."))))
    Sådana uppgifter finns oftast i kunskapsstöd och vägledningar från ansvariga myndigheter.
    Det kan till exempel vara:
    - Skolverket
    - Socialstyrelsen
    - Jämställdhetsmyndigheten
    - länsstyrelserna
    >>> print("\\n".join(where_pointer(EasyWriter(), lex.EASY_POINTER_RE.match(
    ...     "Sådana uppgifter finns oftast i personal- och lönesystemet (uttag per kön), medarbetarenkäten och "
    ...     "Kolada."))))
    Sådana uppgifter finns oftast här:
    - personal- och lönesystemet (uttag per kön)
    - medarbetarenkäten
    - Kolada
    >>> where_pointer(EasyWriter(), lex.EASY_POINTER_RE.match("Sådana uppgifter finns oftast i Skolinspektionens "
    ...     "beslut och granskningsrapporter, som publiceras på skolinspektionen.se."))[0].endswith(
    ...     "skolinspektionen.se.")
    True
    >>> print("\\n".join(where_pointer(EasyWriter(), lex.EASY_POINTER_RE.match(
    ...     "Sådana uppgifter finns oftast i dokumentet självt, i organisationens diarium eller på dess webbplats."))))
    Sådana uppgifter finns oftast här:
    - dokumentet självt
    - organisationens diarium
    - dess webbplats
    """
    where = m.group("where")
    examples: list[str] = []
    notes: list[str] = []

    def example(e: re.Match[str]) -> str:
        examples.append(e.group(1).strip())
        return ""

    def note(n: re.Match[str]) -> str:
        notes.append(n.group(1).strip())
        return ""

    where = _POINTER_NOTE_RE.sub(note, _POINTER_EXAMPLES_RE.sub(example, where)).strip()
    # 'i kommunens egen uppföljning: kvalitetsrapporter, årsredovisning …': the place, then its parts
    kind, colon, parts = where.partition(": ")
    places = _entries(parts) if colon else _entries(where)
    out: list[str] = []
    if len(places) < 2:
        out += [p for line in (f"{m.group('lead')} finns oftast i {where}.",) for p in writer.line(line)]
    else:
        out.append(writer.prose_words(f"{m.group('lead')} finns oftast i {kind}:") if colon else
                   lex.EASY_POINTER_LEAD.format(lead=m.group("lead")))
        # after 'här:' a place needs no preposition of its own ('i organisationens diarium', 'hos den myndighet …')
        out += [f"- {writer.prose_words(_PLACE_PREPOSITION_RE.sub('', p))}" for p in places]
    for e in examples:
        listed = _entries(e)
        if len(listed) >= 3:
            out += [lex.EASY_POINTER_EXAMPLES, *(f"- {writer.prose_words(p)}" for p in listed)]
        else:
            out.append(writer.prose_words(lex.EASY_POINTER_EXAMPLE.format(examples=e)))
    out += [writer.prose_words(f"{n[:1].upper()}{n[1:]}.") for n in notes]
    return out + [e.removeprefix(EXPLAINED) for e in writer.flush()]


def _short_enough(lines: list[str]) -> list[str]:
    """The easy words of one sentence of a refusal's closest passage, or none where they still hold a sentence of more
    than `EASY_CLOSEST_WORDS` words and no figure (easy30). The passage is no answer, only the nearest the material
    has: as in a lättläst draft (`EASY_SOURCE_WORDS`), a statement the cuts could not make short stays in the
    material, where the refusal says it stands, and its citation quotes it; a figure is a fact the reader may have
    come for and stays. A sentence of about 15-25 words stays: it often reads easily (tune U21, U05).

    >>> _short_enough(["Det gäller alla elever. [1]"]), _short_enough(["Av 313 elever var " + "många " * 24 + "kvar."])
    (['Det gäller alla elever. [1]'], ['Av 313 elever var många många många många många många många många många \
många många många många många många många många många många många många många många många kvar.'])
    >>> _short_enough(["Det är dock " + "den del av eleverna " * 6 + "som vi har studerat. [1]"])
    []
    """
    # whole lines, list entries without their bullet, each a sentence of their own
    plain = "\n".join(re.sub(r"^\s*-\s+", "", line) for line in lines)
    plain = MARKER_RE.sub(" ", plain)
    longest = max((len(WORD_RE.findall(s)) for s in re.split(r"(?<=[.!?:])\s+|\n", plain)), default=0)
    if longest > EASY_CLOSEST_WORDS and not re.search(r"\d", _YEAR_RE.sub("", plain)):
        return []
    return lines




_ITEM_LINE_RE = re.compile(r"\s*(?:[-*•]|\d+\.)\s")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:/\d\d)?(?!\d)")  # a date alone ('startade 2019') is background
_LEAD_MIN_WORDS = 4  # 'Delmål:' or 'Mål och effekter:' is a label, not a sentence that says what the list is


def list_lead_alone(raw: str, following: str, asked: str = "") -> str:
    """A paragraph that leads into a list (the `following` line is an item) said by its lead alone: the background
    sentences before a lead that is a whole sentence of its own are left out (a lättläst text says less; the list
    and its lead are what answers). A sentence before it that gives a figure (a number other than a year) or a word
    of the question `asked` is a fact the reader came for and stays (review 22: 'Frånvaron ökade till 14 procent'
    was dropped). Each sentence kept keeps its own citation numbers, so [n] still points at lines that say it. A
    lead that leans on the sentence before it, or a paragraph that announces the list before its last sentence,
    stays whole
    (`lex.EASY_LEAD_LEANS_BACK`, `lex.EASY_LEAD_POINTS_BACK`, `lex.EASY_LIST_ANNOUNCED_RE`).

    >>> list_lead_alone("Planen är ny. Den togs fram av en grupp lärare under våren. Planen har tre mål: [1]",
    ...                 "- fler behöriga lärare")
    'Planen har tre mål: [1]'
    >>> list_lead_alone("Planen är ny. Dessa är målen: [1]", "- fler behöriga lärare")
    'Planen är ny. Dessa är målen: [1]'
    >>> list_lead_alone("Elever berättar om skolan. Rapporten tar upp dessa orsaker: [4]", "- tröttnad")
    'Elever berättar om skolan. Rapporten tar upp dessa orsaker: [4]'
    >>> list_lead_alone("Planen är ny. [2] Den nåddes av 40 skolor. [3] Planen har tre mål: [1]", "- fler lärare")
    'Den nåddes av 40 skolor. [3] Planen har tre mål: [1]'
    """
    if not _ITEM_LINE_RE.match(following) or _ITEM_LINE_RE.match(raw):
        return raw
    sentences = cited_sentences(raw)
    if len(sentences) < 2:
        return raw
    lead = sentences[-1][0]
    words = WORD_RE.findall(lead)
    if not lead.endswith(":") or len(words) < _LEAD_MIN_WORDS or words[0].lower() in lex.EASY_LEAD_LEANS_BACK \
            or any(w.lower() in lex.EASY_LEAD_POINTS_BACK for w in words) \
            or not any(is_finite_verb(w) for w in words) \
            or any(lex.EASY_LIST_ANNOUNCED_RE.search(s) for s, _ in sentences[:-1]):
        return raw
    question = EasyWriter(asked)
    kept = [(s, ns) for s, ns in sentences[:-1]
            if re.search(r"\d", _YEAR_RE.sub("", s)) or any(question.asked(w.lower()) for w in WORD_RE.findall(s))]
    if not sentences[-1][1] or any(not ns for _, ns in kept):
        return raw  # a [n] shared by the lead and another sentence covers them together: neither goes alone
    indent = raw[:len(raw) - len(raw.lstrip())]
    return indent + " ".join(f"{s}{markers(ns)}" for s, ns in [*kept, sentences[-1]])


def _introduces_list(raw: str, following: str) -> bool:
    """A line without a full stop of its own followed by list items ('…, till exempel [1]' + '- foldrar …')
    leads into the list: it ends with a colon, not a full stop."""
    plain = MARKER_RE.sub("", raw).strip()
    return bool(plain) and not plain.endswith((".", "!", "?", ":")) and not re.match(r"\s*(?:[-*•]|\d+\.)\s", raw) \
        and bool(re.match(r"\s*(?:[-*•]|\d+\.)\s", following))
