"""Lättläst: the whole answer or draft rewritten in easy Swedish, and LIX to measure it.

Following the plain-language advice for lättläst (Myndigheten för tillgängliga medier; Språkrådet):
- one idea per sentence: long sentences are cut at ';', at conjunctions between clauses and at commas
  between whole clauses;
- lists instead of long sentences: an enumeration ('skola, socialtjänst, polis och fritid') becomes a list;
- common words: long official words and phrases get their everyday equivalents (`lexicon.EASY_WORDS`,
  `EASY_PHRASES`), a needed term is explained once (`EASY_TERMS`), and `wordfreq` (offline, Swedish)
  tells which words are rare enough to need it;
- headings in plain words (`EASY_HEADINGS`, read back by `parse_draft`).
Quoted source text is rewritten the same way; every short sentence keeps the citation numbers of the
sentence it came from, so [n] still points at the same lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.citations import MARKER_RE, cited_numbers, markers
from assistant.index.lexical import has_definite_ending
from assistant.schema import Draft, DraftItem

_WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_MARK_RE = re.compile(r"\s*\((?:ni angav|förslag)\)\s*$")
_ANNOTATION_RE = re.compile(r"\((?:ni angav|förslag)\)")
_PAREN_RE = re.compile(r"\s*\((?!ni angav|förslag)[^()\d]{0,120}\)")
# A sentence ends at . ! ? before a space and a capital, digit, quote or citation marker.
# Not after an abbreviation ('t.ex. LUPP'). A word may end in 'é' ('kvalité. Det …').
_SENTENCE_END_RE = re.compile(r"(?<=[a-zåäöéü)”\"%\d\]][.!?])(?<!t\.ex\.)(?<!bl\.a\.)(?<!m\.m\.)(?<!s\.k\.)"
                              r"\s+(?=[A-ZÅÄÖ0-9”\"\[(])")
_LEADING_MARKERS_RE = re.compile(r"^((?:\s*\[[\d,\s–-]+\])+)\s*")
# Commas between two whole clauses: the second starts with a subject ('det', 'vi', a definite noun: 'eleverna',
# 'skolan', 'kommunen' …) and a word after it (the cut itself asks for a finite verb on both sides).
_CLAUSE_COMMA_RE = re.compile(
    r",\s+(?=(?:det|de|vi|ni|man|han|hon|den|detta|dessa|[a-zåäö]{3,}(?:en|et|na|an))\s+\S+\s)", re.I)
# A conjunction between two main clauses; not before 'att'/'som' (the clause that follows depends on the first).
_CONJUNCTION_RE = re.compile(r"\s+(?=(?:men|och|samt|eller|eftersom)\s+(?!att\b|som\b|för\b)\S+\s+\S+)",
                             re.I)
_SHORT = 8  # a sentence of more words than this is cut where it can be
# A source statement of more words than this is left out of a lättläst draft: lättläst keeps a sentence to about
# fifteen words (Myndigheten för tillgängliga medier); a longer statement stays in the material, a shorter one of the
# same kind is chosen instead, or none.
EASY_SOURCE_WORDS = 15
_LABEL_RE = re.compile(r"^([A-ZÅÄÖ][\wåäö ]{1,28}):\s+(?=\S)")


def lix(text: str) -> float:
    """The LIX readability index: words per sentence + percentage of words longer than six letters.

    A sentence ('period', Björnsson 1968) ends at a full stop, '!', '?' or a colon, or where a new one opens with a
    capital: a heading or list item on a line of its own that opens with a capital is a sentence of its own. A list
    item in lower case without a full stop ('- tid', '- tålamod') goes on with the sentence before it, as its words
    would in running text; each list item is no sentence just for standing on its own line. Citation markers
    and the provenance labels '(förslag)', '(ni angav)' are annotations, not words.

    >>> lix("Vi läser. Det går bra.")
    2.5
    >>> lix("Vi läser [1]. Det går bra. (förslag)")
    2.5
    >>> lix("Vi läser t.ex. Kolada.")  # an abbreviation is one word, and its periods end no sentence
    4.0
    >>> lix("Det gäller:\\n- tid\\n- ork"), lix("Det gäller:\\n- Tid.\\n- Ork.")  # 2 sentences, and 3
    (2.0, 1.3)
    """
    clean = re.sub(r"[ \t]+([.!?,;:])", r"\1", _ANNOTATION_RE.sub(" ", MARKER_RE.sub(" ", text)))
    words = _WORD_RE.findall(_DOTTED_ABBREVIATION_RE.sub(lambda m: m.group(0).replace(".", ""), clean))
    if not words:
        return 0.0
    sentences = max(1, _periods(clean))
    long_words = sum(len(w) > 6 for w in words)
    return round(len(words) / sentences + 100 * long_words / len(words), 1)


# A list item's mark in an answer's Markdown: nested under a numbered item ('  - ') or as a model writes it ('* ',
# '• '), which units.ITEM_PREFIX_RE, reading a document's own lines, does not take.
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+\.)\s+")


def _periods(clean: str) -> int:
    """The sentences LIX counts in `clean` (no markers): each line's (`lix_sentences`), less one for each line in
    lower case that goes on with a sentence the line before left open (no . ! ? or colon at its end)."""
    count, open_end = 0, False
    for line in clean.splitlines():
        body = _BULLET_RE.sub("", line).strip()
        pieces = [s for s in lix_sentences(body) if _WORD_RE.search(s)]
        if not pieces:
            continue
        count += len(pieces) - (open_end and body[:1].islower())
        open_end = not body.endswith((".", "!", "?", ":"))
    return count


# A dotted abbreviation ('t.ex.', 'bl.a.', 'fr.o.m.'): one word for LIX, not two or three.
_DOTTED_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:[A-Za-zÅÄÖåäö]{1,3}\.){2,}")
_INNER_ABBREVIATION_RE = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, lex.INNER_ABBREVIATIONS))})\.$", re.I)


def lix_sentences(line: str) -> list[str]:
    """One line as the sentences LIX counts: the project's sentence split (`units.split_sentences`, which keeps
    'kl. 9.00', a web address or a decimal inside its sentence), pieces it ended at 't.ex.' or 'bl.a.' joined again
    (`lex.INNER_ABBREVIATIONS`), and a full stop after a figure and a colon before a space ending a sentence, as
    Björnsson counts it.

    >>> lix_sentences("Det gäller t.ex. Kolada och bl.a. SCB. Se skolverket.se/statistik: där finns mer.")
    ['Det gäller t.ex. Kolada och bl.a. SCB.', 'Se skolverket.se/statistik', 'där finns mer.']

    A sentence that ends in a figure ends there, as any other:

    >>> lix_sentences("Modellen tar sex månader från träff 1 till träff 4. Verksamheter kan få fler träffar.")
    ['Modellen tar sex månader från träff 1 till träff 4.', 'Verksamheter kan få fler träffar.']
    """
    from assistant.index.units import split_sentences

    pieces: list[str] = []
    for piece in split_sentences(line.strip()) if line.strip() else []:
        if pieces and _INNER_ABBREVIATION_RE.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [c.strip() for p in pieces for n in _NUMBER_END_RE.split(p) for c in re.split(r":(?=\s|$)", n)
            if c.strip()]


# A full stop after a figure, then a capital: a sentence ends there ('… till träff 4. Verksamheter …'). The
# splitter keeps it inside as a German-style ordinal ('4.'), which Swedish does not write (Swedish: '4:e');
# Björnsson's LIX counts every full stop that ends a sentence.
_NUMBER_END_RE = re.compile(r"(?<=\d\.)\s+(?=[A-ZÅÄÖ])")


@lru_cache(maxsize=8192)
def _known_word(word: str) -> bool:
    """A word wordfreq knows in Swedish at all (a school's or a project's own name is not one)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv") > 0


@lru_cache(maxsize=8192)
def is_rare(word: str) -> bool:
    """A word most Swedish readers meet seldom (wordfreq's Swedish frequencies, offline)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "sv") < lex.RARE_ZIPF


def cited_sentences(text: str) -> list[tuple[str, list[int]]]:
    """`text` as sentences, each with the citation numbers written after (or in) it.

    >>> cited_sentences("Pojkar läser mindre. [1] Flickor läser mer [2]. Alla behöver stöd.")
    [('Pojkar läser mindre.', [1]), ('Flickor läser mer.', [2]), ('Alla behöver stöd.', [])]
    """
    pieces = _SENTENCE_END_RE.split(text.strip())
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
        self.keep = frozenset(w.lower() for w in _WORD_RE.findall(asked) if len(w) >= 4)
        # While `naming` is set (a list entry that only names a thing: 'Samverka', 'Tidig upptäckt'), an official
        # word keeps its place and gets its plain word in parentheses: the entry is the term, swapping loses it.
        self.naming = False
        # While `apart` is set, a term is explained in a sentence of its own after the sentence it stands in
        # ('Samla könsuppdelad statistik. Könsuppdelad betyder delad på pojkar och flickor.'), not in parentheses
        # mid-sentence (lättläst: one idea per sentence); `pending` holds those sentences until then.
        self.apart = False
        self.pending: list[str] = []

    def phrases(self, text: str) -> str:
        """Official phrases in plain words ('i första hand' -> 'först'), abbreviations written out ('t.ex.'); a
        phrase that would take away a word of the question stays ('behöriga lärare' when that was asked)."""

        def plain(m: re.Match[str], swap: str) -> str:
            easy = m.expand(swap)
            gone = [w for w in _WORD_RE.findall(m.group(0)) if w.lower() not in easy.lower()]
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

        return _WORD_RE.sub(plain, text)

    def words(self, text: str) -> str:
        """Plain words for official ones; a needed term explained the first time it appears."""

        def plain(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if m.string[m.start() - 1:m.start()] in ("/", ".", "@") or m.string[m.end():m.end() + 1] in ("/", "@"):
                return word  # part of an address or a path ('skolverket.se/statistik')
            if self.asked(low):
                return word
            swap = lex.EASY_WORDS.get(low)
            if swap is not None and self.naming:
                if low in self.explained:
                    return word
                self.explained.add(low)
                return f"{word} ({swap})"
            if swap is not None and swap.split()[-1] in lex.PREPOSITIONS and \
                    not re.match(r"\s+[\wÅÄÖåäö]", m.string[m.end():]):
                return word  # 'titta på' for 'analysera' needs its object: '… bättre på att analysera.' stays
            if swap is not None:
                if low in lex.EASY_NEUTER_SWAPS and lex.NEUTER_BEFORE_RE.search(m.string[:m.start()]):
                    swap = lex.EASY_NEUTER_SWAPS[low]  # 'det är relevant' -> 'det är viktigt'
                return swap[:1].upper() + swap[1:] if word[:1].isupper() else swap
            later = lex.EASY_TERM_LATER.get(low)
            if later is not None and low in self.explained:
                return later[:1].upper() + later[1:] if word[:1].isupper() else later
            meaning = lex.EASY_TERMS.get(low)
            if meaning and low not in self.explained and (is_rare(low) or len(low) > 6):
                self.explained.add(low)
                self.explained.update(k for k, v in lex.EASY_TERMS.items() if v == meaning)
                if lex.EASY_EXPLAINED_HERE_RE.match(m.string[m.end():]):
                    return word  # the text explains it itself ('huvudmannen, alltså den som driver …')
                described = _described_noun(m) if meaning.split()[0] in lex.PREPOSITIONS else ""
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
            if meaning is None and m.start() == 0 and word[1:].islower() and _known_word(low) and \
                    _has_verb(m.string):
                # The sentence's first word, capitalised only for being first ('Lärarutbildningen är …'); a name
                # ('Björkskolan') is no word of the language, and a bare label or list entry without a verb
                # ('Verksamhetsutvecklare 1 300 tkr') may be a title: both stay whole.
                unfolded = unfold_compound(low)
                return unfolded[:1].upper() + unfolded[1:] if unfolded else word
            return word

        return same_twice(_after_noun(_WORD_RE.sub(plain, text)))

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
        asked = question_purpose(sentence)
        pieces = asked if len(asked) > 1 else fronted_purpose(sentence)
        for splitter, clauses in ((lex.EASY_SPLIT_RE, True), (_CLAUSE_COMMA_RE, True), (_CONJUNCTION_RE, True)):
            out: list[str] = []
            for p in pieces:
                if len(p.split()) <= _SHORT:
                    out.append(p)
                    continue
                out += _join_short(_split_outside_quotes(p, splitter, clauses), 3)
            pieces = out
        return [x for r1 in pieces for r0 in by_means(r1) for p in reported_clause(r0) for b in subject_comma(p)
                for f0 in shared_subject(b) for f in shared_auxiliary(f0) for a0 in fronted_shared_subject(f)
                for a1 in fronted_condition(a0) for a in fronted_cause(a1) for c in plural_subject(a)
                for e0 in relative_clause(c) for e in new_thing_relative(e0) for s in subject_relative(e)
                for g in gapped_verb(s) for r in where_clause(g)
                for q in _purpose(r) for t in so_that(q) for i in trailing_clause(t) for x in inserted_aside(i)]

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
        for sentence in (e for s in _SENTENCE_END_RE.split(self.phrases(text))
                         for e in trailing_examples(glued_heading(s))):
            listed = enumeration(sentence)
            purposes: list[str] = []
            if listed is None:  # 'Gör X när A, när B eller C för att D.': the list, then the purpose after it
                main, *purposes = _purpose(sentence)
                listed = enumeration(main.rstrip(" ,") + ".") if purposes else None
            if listed is not None:
                head, items = listed
                out += self.flush()  # the explanations of the sentences before, not after the list
                if head:
                    out += [self._finish(self.words(_no_conjunction(p))) for p in self.cut(head.rstrip(":"))]
                    out[-1] = out[-1].rstrip(".") + ":"
                out += ["- " + self.words(i).strip(" .") for i in items]
                out += [self._finish(self.words(p)) for p in purposes]
                continue
            pieces = []
            for k, p in enumerate(self.cut(sentence)):
                p = _no_conjunction(p)
                # Only a piece cut off after the sentence's start is a relative clause: a sentence or question of
                # its own that opens with 'Vilka'/'Där' ('Vilka elever behöver stöd?') keeps its word.
                p = _demonstrative(p) if k and not p.endswith("?") else p
                if p and _WORD_RE.search(p):
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
        return p if p.endswith((".", "!", "?", ":")) else p + "."

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
        self.naming = bool(prefix) and len(_WORD_RE.findall(MARKER_RE.sub("", body))) <= 3 and \
            not _has_verb(MARKER_RE.sub("", body))
        held: list[str] = []  # explanations waiting for a sentence that does not point back at the one before
        for sentence, numbers in cited_sentences(body):
            cite = markers(numbers)
            # A term is explained in a short sentence of its own after the sentence using it, the assistant's words:
            # after that sentence's [n], cited by nothing (`EXPLAINED`), so no source sentence loses its marker.
            for piece in (unmask(p, quotes) for p in self.sentences(sentence, apart=True)):
                if piece.startswith(EXPLAINED):
                    held.append(piece.removeprefix(EXPLAINED))
                    continue
                if held and (piece.startswith("- ") or not lex.EASY_REFERS_BACK_RE.match(piece)):
                    out, held = out + held, []
                if piece.startswith("- "):
                    out.append(f"{'  ' if prefix else ''}{piece}{cite}{mark}")
                else:
                    out.append(f"{piece}{cite}{mark}")
        out += held
        self.naming = False
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
            lines: list[str] = []
            for p in out:
                if p.startswith("  - ") or not lines or lines[-1].startswith("  - "):
                    lines.append(p if p.startswith("  - ") else f"{prefix}{p}")
                else:
                    lines[-1] = f"{lines[-1]} {p}"
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
    if opened is not None and len(_WORD_RE.findall(opened.group(0))) >= 2:
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
        if noun and _is_noun(noun) and noun not in lex.SUBJECT_PRONOUNS:
            return f" {noun} ({m.group(1)})"
        return f" ({m.group(1)})" + (f" {noun}" if noun else "")

    return _HELD_RE.sub(place, text)


def _described_noun(m: re.Match[str]) -> str | None:
    """The noun right after the word `m` matched, which an explanation opening with a preposition describes
    ('behöriga lärare' -> 'lärare'); None without one ('Lärarna är behöriga.'): that explanation stays beside the word.

    >>> [_described_noun(re.search("behöriga", t)) for t in ("Andelen behöriga lärare ökar.", "Lärarna är behöriga.")]
    ['lärare', None]
    """
    after = re.match(r" ([a-zåäö]+)\b", m.string[m.end():])
    noun = after.group(1) if after else None
    return noun if noun and _is_noun(noun) and noun not in lex.SUBJECT_PRONOUNS else None


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
    ('Satsning av matematik', None)

    """
    if word[:1].isupper() and word[1:2].islower():  # 'Matematiksatsning' -> 'Satsning av matematik'
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
        if lex.VERBAL_NOUN_HEAD_RE.search(head):
            return f"{head} av {stem}"
        if lex.COMPOUND_FOR_FIRST_RE.search(stem):
            return f"{head} för {stem}"
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
    if any(not 1 <= len(i.split()) <= most or _has_verb(i) or re.match(r"(och|men|eller|samt|som|att)\b", i, re.I)
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
    elif imperative and _is_infinitive(parts[0].split()[0]):
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
    while _has_verb(first) and len(first.split()) > 1:  # '… som underlättar' + 'lärande': the verb leads in
        verb, first = first.split(maxsplit=1)
        head = f"{head} {verb}".strip()
    lead_word = re.match(r"^(om|av|från|med|till|i|på|för)\s+", first)
    if lead_word and head:  # 'Det handlar' + 'om tid': the preposition leads in ('Det handlar om:' + 'tid')
        head, first = f"{head} {lead_word.group(1)}", first[lead_word.end():]
    while head and re.search(rf"\s{lex.LIST_CONJUNCTIONS}$", head):  # 'är förskolor och' + 'skolor': one item
        words = head.split()
        head, first = " ".join(words[:-2]), f"{words[-2]} {words[-1]} {first}"
    items = [first, *rest]
    if len(items) < 3 or any(i.endswith("-") or _has_verb(i) or _EXAMPLE_RE.match(i) or
                             i.lower() in lex.SENTENCE_ADVERBS for i in items):  # '…, kanske och …' lists nothing
        return clause_list(sentence)
    if head and not (_has_verb(head) or head.endswith(":") or re.search(_LEAD_IN, head, re.I)):
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
    if not head or not (_has_verb(head) or head.endswith(":") or re.search(_LEAD_IN, head, re.I)) or \
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
        w in lex.SUPINES or is_finite_verb(w) or _is_infinitive(w) for w in firsts)
    opener = set(firsts)
    if len(opener) == 1 and opener <= {"att", "om", "i", "på", "med", "för", "av"} and \
            not head.lower().endswith(f" {next(iter(opener))}"):
        head = f"{head} {next(iter(opener))}"
    if head.lower().endswith((" att", " om", " i", " på", " med", " för", " av")):
        word = head.split()[-1].lower()
        items = [re.sub(rf"^{word}\s+", "", i, flags=re.I) for i in items]
    if not head or not (_has_verb(head) or any(is_past_passive(w) for w in _WORD_RE.findall(head))) or \
            any(not 1 <= len(i.split()) <= 20 for i in items):
        return None
    return (head, items) if parallel else None


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
    if not body.endswith(".") or any(c in body for c in "”\"()?"):
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
        if _att_entry_kind(first) not in kinds or not _has_verb(head[:-3]):
            continue
        items = [first, *rest]
        if _FRONT_SUBORDINATE_RE.match(head) or any(not 1 <= len(i.split()) <= 25 for i in items):
            return None
        return head, items
    return None


def _att_entry_kind(entry: str) -> str | None:
    """'infinitive' for an entry after 'att' that opens with its verb ('öka kunskapen', 'inte glömma …'), 'clause'
    for one with its own subject and finite verb ('eleverna ska få stöd'), None for anything else."""
    words = [w for w in _WORD_RE.findall(entry) if w.lower() not in lex.SENTENCE_ADVERBS]
    if not words:
        return None
    # The verb may follow an adverb or a short phrase before it ('aktivt arbeta', 'i högre grad använda').
    verb_at = next((i for i, w in enumerate(words[:4]) if w.lower() in lex.SHORT_INFINITIVES or
                    (_is_infinitive(w) and not is_finite_verb(w))), None)
    if verb_at is not None and not any(is_finite_verb(w) or w.lower() in _FUNCTION_WORDS for w in words[:verb_at]):
        return "infinitive"
    size = _subject_size_at_start(words[:3])
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
    if questions is not None and all(_LIST_CLAUSE_RE.match(i) and (_has_verb(i) or any(
            _is_supine(w) for w in _WORD_RE.findall(i))) for i in questions[1]):
        return questions
    infinitive = r"(?=[a-zåäö]+\b)"
    verbs = _entries(parts, r"\satt\s", infinitive, keep_opener=True)
    if verbs is not None and all(_is_infinitive(i.split()[0]) for i in verbs[1]):
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
    size = _subject_size_at_start(words[:3])
    if not size or len(words) <= size or not (is_finite_verb(words[size]) or _is_supine(words[size])):
        return part
    return f"{part[:cut.end()]}{opener.group(0).lower()} {part[cut.end():]}"


def _is_supine(word: str) -> bool:
    """A supine ('nått', 'arbetat', 'skrivit', 'köpt'): a clause's verb when 'har' is left out ('när ni nått målen').

    >>> [_is_supine(w) for w in ("nått", "arbetat", "skrivit", "köpt", "gett", "klart", "ut", "arbetet")]
    [True, True, True, True, True, False, False, False]
    """
    low = word.lower()
    if low in lex.SUPINES:
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    if lemma == low or not (lemma.endswith(("a", "å")) or lemma in lex.SHORT_INFINITIVES) or not low.endswith("t"):
        return False
    return low in {lemma + "t", lemma + "tt", lemma[:-1] + "it", lemma[:-1] + "t"}


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
    if len(items) < 3 or not _has_verb(head) or any(
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
    words = _WORD_RE.findall(entry)
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
                _has_verb(" ".join(head)):
            return sentence
        subject = word.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(word) or \
            word.lower().endswith(("arna", "erna", "orna"))  # a definite plural the lemmatiser does not know
        if subject and is_finite_verb(words[i + 1].strip(",")):
            return " ".join([*head[:-1], f"{head[-1]}:", *words[i:]])
        return sentence
    return sentence


_TRAILING_EXAMPLES_RE = re.compile(r",\s+(?:till exempel|t\.ex\.|exempelvis|som exempel)\s+(?=\S)", re.I)


def trailing_examples(sentence: str) -> list[str]:
    """Examples tacked on at the end of a long sentence as a sentence of their own (lättläst: one idea per
    sentence): '…, till exempel A och B.' -> '….' and 'Det kan till exempel vara A och B.'. Only when the examples
    are things (no verb of their own) and the sentence before them is a clause; never inside a quotation.

    >>> trailing_examples("Samla den statistik som finns i er kommun, till exempel betyg och frånvaro.")
    ['Samla den statistik som finns i er kommun.', 'Det kan till exempel vara betyg och frånvaro.']
    """
    m = _TRAILING_EXAMPLES_RE.search(sentence)
    if m is None or len(sentence.split()) <= _SHORT or "”" in sentence or '"' in sentence:
        return [sentence]
    left, right = sentence[:m.start()].strip(), sentence[m.end():].strip()
    if right.endswith("?") or len(left.split()) < 5 or not _has_verb(left) or \
            not 1 <= len(right.split()) <= 12 or _has_verb(right) or _TRAILING_EXAMPLES_RE.search(right):
        return [sentence]
    return [left + ".", f"Det kan till exempel vara {right.rstrip('.')}."]


_PURPOSE_RE = re.compile(rf"\s+(?:{lex.EASY_PURPOSE_OPENERS})\s+att\s+", re.I)


def _purpose(piece: str) -> list[str]:
    """A long sentence with its purpose at the end as two: 'Vi köper X för att göra Y.' -> 'Vi köper X.' and
    'Det är för att göra Y.' (the first half must be a clause of its own, a goal's infinitive clause: 'Genom
    bättre system kunna ta fram …', or a request: 'Använd följande frågor').

    >>> _purpose("Genom funktionella system kunna ta fram information om elevens kunskaper för att se till att "
    ...          "eleven når så långt som möjligt.")
    ['Genom funktionella system kunna ta fram information om elevens kunskaper', 'det är för att se till att eleven \
når så långt som möjligt.']
    >>> _purpose("Använd följande frågor för att ta reda på ifall det är viktigt för er att samverka med andra.")
    ['Använd följande frågor', 'det är för att ta reda på ifall det är viktigt för er att samverka med andra.']
    >>> _purpose("En analys som ska ge en djupare bild och bättre underlag för att kunna rikta stöd har gjorts på "
    ...          "alla skolor.")
    ['En analys som ska ge en djupare bild och bättre underlag för att kunna rikta stöd har gjorts på alla skolor.']
    """
    m = _PURPOSE_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()], piece[m.end():]
    bidding = _imperative_clause(left)  # 'Använd följande frågor för att …': a request whole in three words
    if len(left.split()) < (3 if bidding else 5) or len(right.split()) < 3 or \
            not (_has_verb(left) or _infinitive_clause(left) or bidding):
        return [piece]
    inner = _SUBORDINATOR_RE.search(left)
    if inner is not None and not _has_verb(left[:inner.start()]) and not _infinitive_clause(left) and not bidding:
        return [piece]  # 'En analys som ska ge underlag för att rikta stöd har gjorts': the main verb comes after
    if re.search(r"(?<!\boch)(?<!\bsamt)(?<!,) för att ", right):
        return [piece]  # '… genom A för att B eller genom C för att D': two means, each with its purpose
    return [left, *_purposes(right)]


def _imperative_clause(text: str) -> bool:
    """A request that opens with its imperative ('Använd följande frågor', 'Samla statistik'): a clause of its own
    without a finite verb. The imperative is the infinitive's stem ('använd' of 'använda') or, for a verb in '-a',
    the infinitive itself.

    >>> _imperative_clause("Använd följande frågor"), _imperative_clause("Samla statistik om frånvaro")
    (True, True)
    >>> _imperative_clause("Följande frågor"), _imperative_clause("Skolans arbete")
    (False, False)
    """
    first = _WORD_RE.match(text.strip())
    if first is None or first.start() != 0 or not first.group(0)[:1].isupper():
        return False
    low = first.group(0).lower()
    if is_finite_verb(low) or low in lex.SUBJECT_DETERMINERS or low in lex.PREPOSITIONS:
        return False
    return simplemma.lemmatize(low, lang="sv") == low + "a" or _is_infinitive(low)


def _infinitive_clause(text: str) -> bool:
    """A goal or task written as an infinitive clause around a modal ('… kunna ta fram information'): it says
    something whole without a finite verb (`lex.INFINITIVE_MODALS`)."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return any(w in lex.INFINITIVE_MODALS and _is_infinitive(n) for w, n in zip(words, words[1:], strict=False))


_MORE_PURPOSES_RE = re.compile(r",?\s+(?:och|samt)\s+för att\s+|,\s+för att\s+", re.I)


def _purposes(right: str) -> list[str]:
    """Purposes joined by 'och för att', 'samt för att' or a comma as a sentence each: 'det är för att A' and then
    'det är också för att B' (lättläst: one idea per sentence).

    >>> _purposes("ta vara på lärande från arbetet och för att använda det som en drivkraft framåt.")
    ['det är för att ta vara på lärande från arbetet.', 'det är också för att använda det som en drivkraft framåt.']
    >>> _purposes("tydliggöra vilket stöd som finns och för att anpassa stödet efter skolans behov, samt för att "
    ...           "stärka dialogen med rektorn.")  # doctest: +NORMALIZE_WHITESPACE
    ['det är för att tydliggöra vilket stöd som finns.', 'det är också för att anpassa stödet efter skolans behov.',
     'det är också för att stärka dialogen med rektorn.']
    """
    parts = [p.strip(" ,") for p in _MORE_PURPOSES_RE.split(right)]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [f"det är för att {right}"]
    return [f"det är för att {parts[0]}.", *(f"det är också för att {p}." for p in parts[1:-1]),
            f"det är också för att {parts[-1]}"]


_SO_THAT_RE = re.compile(r",?\s+så att\s+", re.I)


def so_that(piece: str) -> list[str]:
    """A long sentence with its result after 'så att' as two: '… del av arbetet så att den bidrar till …' -> '… del
    av arbetet.' and 'Det gör att den bidrar till …' (lättläst: one idea per sentence; the 'att' clause keeps its
    own word order). Only where both halves are clauses; never inside a quotation or a question.

    >>> so_that("Varje skola ska kunna utveckla sin del av arbetet så att den bidrar till ökad jämställdhet.")
    ['Varje skola ska kunna utveckla sin del av arbetet.', 'det gör att den bidrar till ökad jämställdhet.']
    >>> so_that("Rektorn och lärarna ska se till så att alla elever får stöd i tid varje termin.")
    ['Rektorn och lärarna ska se till så att alla elever får stöd i tid varje termin.']
    """
    m = _SO_THAT_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()], piece[m.end():]
    last = left.split()[-1].lower().strip(",") if left.split() else ""
    if len(left.split()) < 5 or len(right.split()) < 3 or not _has_verb(left) or not _has_verb(right) or \
            _OPENS_SUBORDINATE_RE.match(left) or last in lex.VERB_PARTICLES or is_finite_verb(last) or \
            _is_infinitive(last):
        return [piece]  # 'ska se till så att …' (a particle, `lex.VERB_PARTICLES`): the clause is what the verb needs
    return [left.rstrip(" ,") + ".", f"det gör att {right}"]


# A reason or a concession after its main clause ('… eftersom …', '… även om …').
_TRAILING_CLAUSE_RE = re.compile(r",?\s+(?P<word>eftersom|därför att|även om|trots att)\s+", re.I)


def trailing_clause(piece: str) -> list[str]:
    """A long sentence with a reason or a concession after its main clause as two (lättläst: one idea per
    sentence): a reason as 'Det beror på att …' (the clause keeps its own word order), a concession as 'Samtidigt'
    with the verb before its subject, only where the verb follows the subject directly ('även om de inte …' would
    need its adverb moved, and stays). Never inside a quotation or a question.

    >>> trailing_clause("Normerna gör att pojkar inte behöver goda betyg eftersom de ska arbeta direkt efter skolan.")
    ['Normerna gör att pojkar inte behöver goda betyg.', 'det beror på att de ska arbeta direkt efter skolan.']
    >>> trailing_clause("Det är vanligare att pojkar utsätts för hot i skolan än flickor även om flickor utsätts "
    ...                 "för trakasserier mer än pojkar.")
    ['Det är vanligare att pojkar utsätts för hot i skolan än flickor.', 'samtidigt utsätts flickor för \
trakasserier mer än pojkar.']
    >>> trailing_clause("Resultaten har blivit bättre i alla ämnen trots att lärarna inte har fått mer tid.")
    ['Resultaten har blivit bättre i alla ämnen trots att lärarna inte har fått mer tid.']
    """
    m = _TRAILING_CLAUSE_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():].strip()
    if len(left.split()) < 5 or len(right.split()) < 3 or not _has_verb(left) or not _has_verb(right) or \
            _OPENS_SUBORDINATE_RE.match(left) or _TRAILING_CLAUSE_RE.search(right):
        return [piece]
    if m.group("word").lower() in ("eftersom", "därför att"):
        return [f"{left}.", f"det beror på att {right}"]
    words = right.split()
    size = _clause_subject(words)
    if size == 0:
        return [piece]
    return [f"{left}.", " ".join(["samtidigt", words[size], *words[:size], *words[size + 1:]])]


def _clause_subject(words: list[str]) -> int:
    """How many of a subordinate clause's first words are its subject, when its finite verb follows them directly
    (a pronoun, a noun, or a determiner with its noun: 'de ska', 'flickor utsätts', 'många elever saknar'); 0 when
    the words do not open that way (an adverb before the verb, a verb first)."""
    for size in (1, 2):
        if len(words) <= size or not is_finite_verb(words[size].strip(",")):
            continue
        head = [w.lower() for w in words[:size]]
        if any(is_finite_verb(w) or w in lex.SENTENCE_ADVERBS for w in head):
            return 0
        if size == 1 and (head[0] in lex.SUBJECT_PRONOUNS or _is_noun(head[0])):
            return 1
        if size == 2 and head[0] in lex.SUBJECT_DETERMINERS and _is_noun(head[1]):
            return 2
    return 0


_FRONTED_PURPOSE_RE = re.compile(r"^för att\s+", re.I)


def fronted_purpose(sentence: str) -> list[str]:
    """A sentence that opens with its purpose as two, the main clause first (lättläst: the point first, one idea
    per sentence): 'För att nå fler elever kan skolan samarbeta med biblioteket.' -> 'Skolan kan samarbeta med
    biblioteket.' and 'Det är för att nå fler elever.'; unchanged when the main clause's subject is not clear.

    >>> fronted_purpose("För att nå fler elever kan skolan samarbeta med biblioteket.")
    ['Skolan kan samarbeta med biblioteket.', 'det är för att nå fler elever']
    """
    m = _FRONTED_PURPOSE_RE.match(sentence)
    if m is None or sentence.rstrip().endswith("?") or "”" in sentence:
        return [sentence]
    tokens = list(re.finditer(r"[^\s,]+", sentence))
    for i in range(3, len(tokens) - 2):  # 'för att' + at least one word of purpose before the main verb
        verb = tokens[i].group(0)
        if not is_finite_verb(verb):
            continue
        after = [t.group(0) for t in tokens[i + 1:i + 4]]
        size = _subject_size(after) or _genitive_subject(after)
        purpose = sentence[m.end():tokens[i].start()].strip(" ,")
        before = tokens[i - 1].group(0).lower()
        if size == 0 and _presented_by_passive(verb, after) and not is_finite_verb(before) and \
                before not in ("att", "och", "eller", "samt"):  # 'ska användas': an infinitive of the purpose
            # 'För att X krävs stöd …' / 'görs numera analyser …': a passive verb before a new thing, said as
            # Swedish says it without a fronted clause: 'Det krävs stöd …'
            rest = sentence[tokens[i].end():].strip()
            return [f"Det {verb} {rest}", f"det är för att {purpose}"]
        if size == 0 or i + size + 1 >= len(tokens):
            continue
        subject = sentence[tokens[i + 1].start():tokens[i + size].end()]
        rest = sentence[tokens[i + size].end():].strip()
        main = f"{subject[:1].upper()}{subject[1:]} {verb} {rest}"
        return [main, f"det är för att {purpose}"]
    return [sentence]


def _genitive_subject(words: list[str]) -> int:
    """2 where `words` open with a genitive and its noun ('skolans lärare', 'Skolverkets stöd'): a plain subject,
    as a possessive pronoun with its noun is; 0 otherwise."""
    if len(words) < 2 or not words[0].isalpha() or not words[0].endswith("s") or not words[1].isalpha():
        return 0
    owner, noun = words[0][:-1], words[1]
    owned = owner[:1].isupper() or is_definite_noun(owner.lower())
    return 2 if owned and _is_noun(noun.lower()) and not is_finite_verb(noun.lower()) else 0


def _presented_by_passive(verb: str, after: list[str]) -> bool:
    """An '-s' passive ('krävs', 'görs') before a new, indefinite thing ('stödjande funktioner', 'numera analyser'),
    which a main clause of its own presents with 'det' ('Det krävs stödjande funktioner')."""
    words = [w.lower() for w in after if w.lower() not in lex.SENTENCE_ADVERBS and w.lower() not in ("numera", "nu")]
    return verb.lower().endswith("s") and is_finite_verb(verb.lower()) and bool(words) and words[0].isalpha() and \
        words[0] not in lex.SUBJECT_PRONOUNS and not is_definite_noun(words[0]) and not is_finite_verb(words[0]) and \
        words[0] not in lex.PREPOSITIONS


_QUESTION_PURPOSE_RE = re.compile(r"^(?P<lead>[^:”\"]+:\s+)?(?P<asked>(?P<qword>vad|hur|vilka|vilken|vilket|när|var)\s+"
                                  r"(?P<verb>\w+)\s+"
                                  r"(?P<rest>.+?))\s+för att\s+(?P<aim>\w+\s.+?)\?$", re.I)


def question_purpose(sentence: str) -> list[str]:
    """A long question with its purpose inside as a statement of the aim and a short question (lättläst: one idea
    per sentence, the point first): 'Vad behöver ledningen veta för att kunna följa målen för arbetet?' ->
    'Ledningen ska kunna följa målen för arbetet.' and 'Vad behöver ledningen veta för det?'. Only where the
    question's subject is plain (a pronoun, a name, a definite noun) and the purpose is 'för att kunna …' (a need
    the subject has, so 'X ska kunna …' says what the question takes for given; 'Hur kan skolan arbeta för att
    minska frånvaron?' is not made into a claim that it shall); never inside a quotation. A lead-in before a
    colon stays in front.

    >>> question_purpose("Vad behöver ledningen i kommunen veta för att kunna följa de mål ni har satt upp?")
    ['Ledningen ska kunna följa de mål ni har satt upp.', 'Vad behöver ledningen i kommunen veta för det?']
    >>> question_purpose("Vad krävs det för att kunna följa de mål som ni har satt upp?")
    ['Vad krävs det för att kunna följa de mål som ni har satt upp?']
    >>> question_purpose("Hur kan skolan arbeta för att minska frånvaron bland pojkar i årskurs 7–9?")
    ['Hur kan skolan arbeta för att minska frånvaron bland pojkar i årskurs 7–9?']
    """
    m = _QUESTION_PURPOSE_RE.match(sentence.strip())
    if m is None or len(sentence[m.start("asked"):].split()) <= 12 or "”" in sentence or '"' in sentence or \
            not is_finite_verb(m.group("verb")):
        return [sentence]
    rest = m.group("rest").split()
    size = _subject_size(rest[:3])
    aim = m.group("aim")
    if size == 0 or rest[0].lower() in ("det", "detta", "den", "denna") or len(aim.split()) < 3 or \
            aim.split()[0].lower() != "kunna" or " för att " in f" {aim} ":
        return [sentence]
    subject = " ".join(rest[:size])
    subject = subject if subject[:1].isupper() and subject.lower() not in lex.SUBJECT_PRONOUNS else subject.lower()
    lead = f"{m.group('lead').strip()} " if m.group("lead") else ""
    return [f"{lead}{subject[:1].upper()}{subject[1:]} ska {aim}.", f"{m.group('asked')} för det?"]


def _subject_size(words: list[str]) -> int:
    """How many of `words` (those after a finite verb) form its subject: a pronoun, a name, a definite noun,
    or a possessive or quantifier with its noun; 0 when they do not look like a subject."""
    if not words:
        return 0
    first = words[0].lower()
    if first in lex.SUBJECT_PRONOUNS:
        if first == "det" and len(words) > 1 and _neuter_predicative(words[1]):
            return 1  # 'är det viktigt att …': 'det' is the subject, not the determiner of 'det viktiga målet'
        return 0 if len(words) > 1 and first in ("den", "det", "de") and words[1].lower() not in \
            lex.SENTENCE_ADVERBS and not is_finite_verb(words[1]) and not _is_infinitive(words[1]) else 1
    if first in lex.SUBJECT_DETERMINERS and len(words) > 1 and _is_noun(words[1]):
        return 2
    if words[0][:1].isupper() and words[0].isalpha():
        return 1  # a name ('Skolverket', 'Karlskoga')
    return 1 if is_definite_noun(first) else 0


def _neuter_predicative(word: str) -> bool:
    """An adjective in its neuter indefinite form ('viktigt', 'nödvändigt', 'möjligt'): after 'det' it says what
    something is; a determiner 'det' takes the definite form ('det viktiga') or a definite noun ('det arbetet').

    >>> [_neuter_predicative(w) for w in ("viktigt", "angeläget", "viktiga", "arbetet", "målet")]
    [True, True, False, False, False]
    """
    low = word.lower().strip(",.")
    lemma = simplemma.lemmatize(low, lang="sv")
    if not low.endswith("t") or not low.isalpha():
        return False
    if low.endswith("et") and lemma == f"{low[:-2]}en":
        return True  # 'angeläget' of 'angelägen'
    return lemma == low[:-1] and not is_definite_noun(low)


def _is_infinitive(word: str) -> bool:
    low = word.lower()
    return low.endswith(("a", "å")) and simplemma.lemmatize(low, lang="sv") == low and not is_rare(low)


def _is_noun(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and not is_finite_verb(low) and low not in lex.SUBJECT_PRONOUNS and \
        low not in lex.SENTENCE_ADVERBS and not _is_infinitive(low) and low not in _FUNCTION_WORDS and \
        low not in lex.PREPOSITIONS


# Words that open a clause or join two: never the noun of a subject ('Alla som arbetar …' has no subject 'Alla som').
_FUNCTION_WORDS = frozenset((*lex.CLAUSE_OPENERS, *lex.PHRASE_OR_CLAUSE_OPENERS, *lex.CONJUNCTIONS))


def is_definite_noun(word: str) -> bool:
    """'skolan', 'arbetet', 'eleverna', 'kommunen': a noun in its definite form (wordfreq and simplemma agree that
    it is an inflected form ending like one)."""
    low = word.lower()
    if len(low) < 5 or not low.isalpha() or low in lex.SENTENCE_ADVERBS or is_finite_verb(low):
        return False
    return has_definite_ending(low)


_OPENS_SUBORDINATE_RE = re.compile(rf"^\W*(?:{'|'.join(lex.FRONT_SUBORDINATORS)}|att)\b", re.I)


def subject_comma(piece: str) -> list[str]:
    """Two main clauses joined by a bare comma as two sentences, when the second opens with its own subject (a noun
    phrase of up to three words) and its verb: 'Personal är rekryterad, nya insatser påbörjas våren 2020.' ->
    'Personal är rekryterad.' and 'Nya insatser påbörjas våren 2020.'. Not after a subordinate clause ('Om …, …'),
    not before a subordinate clause ('…, när tidsplanen har löpt ut'), not for a list or a phrase that opens with a
    preposition or an adverb, never inside a quotation.

    >>> subject_comma("Personal är rekryterad, nya insatser påbörjas våren 2020 och väntas vara klara hösten 2021.")
    ['Personal är rekryterad.', 'nya insatser påbörjas våren 2020 och väntas vara klara hösten 2021.']
    >>> subject_comma("Skolan har arbetat med läsning, till exempel lärare läser högt varje dag för eleverna.")
    ['Skolan har arbetat med läsning, till exempel lärare läser högt varje dag för eleverna.']
    """
    if len(piece.split()) <= _SHORT or _OPENS_SUBORDINATE_RE.match(piece):
        return [piece]
    for m in re.finditer(r",\s+", piece):
        left, right = piece[:m.start()], piece[m.end():]
        if left.count("”") % 2 or left.count('"') % 2 or len(left.split()) < 3 or not _clause_ends(left) or \
                _OPENS_SUBORDINATE_RE.match(right) or _SUBORDINATOR_RE.match(right) or \
                re.match(r"(?:hur|vad|var|vem|vilken|vilket|vilka|varför|då|där)\b", right, re.I):
            continue  # '…, när tidsplanen har löpt ut': a subordinate clause is no sentence of its own
        words = right.split()
        verb_at = next((i for i, w in enumerate(words[:4]) if is_finite_verb(w.strip(",.")) and
                        not _attributive(words[i - 1] if i else "", w)), None)
        if verb_at is None or verb_at == 0 or len(words) - verb_at < 3:
            continue
        subject = [w.lower() for w in words[:verb_at]]
        if any(not w.isalpha() or w in lex.PREPOSITIONS or w in lex.SENTENCE_ADVERBS or w in ("och", "eller", "men",
               "samt", "som", "att", "till", "exempel", "så") for w in subject) or not _is_noun(subject[-1]):
            continue
        if "," in right[:right.find(words[verb_at])]:
            continue
        return [left.rstrip() + ".", *subject_comma(right)]
    return [piece]


# 'samt' joins as 'och' does, in a more official register ('… ger mandat samt efterfrågar uppföljning').
_AND_VERB_RE = re.compile(r"\s+(?:och|samt)\s+(?=(\w+))", re.I)


def shared_subject(piece: str) -> list[str]:
    """Two main clauses that share their subject as two sentences, the subject repeated (lättläst: one idea per
    sentence, no subject left for the reader to carry over): 'Skolan har anställt fler lärare och har minskat
    klasserna.' -> 'Skolan har anställt fler lärare.' and 'Skolan har minskat klasserna.'. Only where the first
    clause opens with a plain subject (a pronoun, a name, a definite noun or a possessive and its noun).

    >>> shared_subject("Kommunen har anställt fler lärare och har minskat klasserna i alla skolor.")
    ['Kommunen har anställt fler lärare.', 'Kommunen har minskat klasserna i alla skolor.']
    """
    if len(piece.split()) <= _SHORT:
        return [piece]
    for m in _AND_VERB_RE.finditer(piece):
        left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
        if not is_finite_verb(m.group(1)) or left.count("”") % 2 or left.count('"') % 2 or \
                len(left.split()) < 4 or len(right.split()) < 3:
            continue
        words = left.split()
        verb_at = next((i for i, w in enumerate(words) if is_finite_verb(w.strip(","))), None)
        if verb_at is None or not 1 <= verb_at <= 2 or _subject_size_at_start(words[:verb_at]) != verb_at:
            return [piece]
        subject = " ".join(words[:verb_at])
        if _SUBORDINATOR_RE.search(" ".join(words[verb_at + 1:])):
            return [piece]  # '… program som ges vid X och drivs …': the 'och' may go on with the inner clause
        if subject.lower() in ("det", "detta"):  # 'Det finns … och behövs …': a dummy subject is not repeated
            return [piece]
        return [left + ("" if left.endswith((".", "!", "?")) else "."), f"{subject} {right}"]
    return [piece]


@lru_cache(maxsize=8192)
def _verb_infinitive(word: str) -> bool:
    """An infinitive of a verb ('kartlägga', 'ta', 'göra'), not a noun in '-a' ('skola', 'flicka'): its present form is
    a word readers meet (`lex.INFINITIVE_PRESENT_ZIPF`) or one of the common finite verbs ('gör').

    >>> [_verb_infinitive(w) for w in ("kartlägga", "ta", "göra", "skola", "flicka", "samma")]
    [True, True, True, False, False, False]
    """
    from wordfreq import zipf_frequency

    low = word.lower().strip(",")
    if not _is_infinitive(low):
        return False
    return low[:-1] in lex.FINITE_VERBS or max(zipf_frequency(low + "r", "sv"), zipf_frequency(
        low[:-1] + "er", "sv")) >= lex.INFINITIVE_PRESENT_ZIPF


def shared_auxiliary(piece: str) -> list[str]:
    """Two things done that share their subject and 'har' ('Processtödjarna har spridit information om X samt berättat
    om Y.') as two sentences, the subject and 'har' repeated (lättläst: one idea per sentence,
    `lex.PERFECT_AUXILIARIES`). Only where the first clause opens with a plain subject and its 'har' and has a supine
    of its own before the 'och' or 'samt'; never where a clause word ('som', 'att', 'när' …) before the conjunction
    opens a clause with a verb of its own, which the second supine may go on with, never inside a quotation.

    >>> shared_auxiliary("Kommunen har gjort en kartläggning av frånvaron och tagit fram en plan för alla skolor.")
    ['Kommunen har gjort en kartläggning av frånvaron.', 'Kommunen har tagit fram en plan för alla skolor.']
    >>> shared_auxiliary("Skolan ska kartlägga frånvaron i alla klasser och ta fram en plan för varje elev.")
    ['Skolan ska kartlägga frånvaron i alla klasser.', 'Skolan ska ta fram en plan för varje elev.']
    >>> shared_auxiliary("Skolan har anställt lärare som har arbetat med läsning och fått goda resultat med det.")
    ['Skolan har anställt lärare som har arbetat med läsning och fått goda resultat med det.']
    """
    words = piece.split()
    if len(words) <= _SHORT or "”" in piece or '"' in piece:
        return [piece]
    verb_at = next((i for i, w in enumerate(words[:3]) if is_finite_verb(w.strip(","))), None)
    aux = words[verb_at].lower() if verb_at is not None else ""
    done = _is_supine if aux in lex.PERFECT_AUXILIARIES else _verb_infinitive  # the verb form the 'har'/'ska' takes
    if verb_at is None or not 1 <= verb_at <= 2 or aux not in lex.PERFECT_AUXILIARIES | lex.SHARED_MODALS or \
            _subject_size_at_start(words[:verb_at]) != verb_at and not (verb_at == 1 and _definite_n(words[0])) or \
            words[0].lower() in ("det", "detta"):
        return [piece]
    for k in range(verb_at + 2, len(words) - 3):
        if words[k].lower() not in ("och", "samt") or not done(words[k + 1]) or words[k - 1].endswith(","):
            continue
        tail = [w.lower().strip(",") for w in words[verb_at + 1:k]]
        if not any(done(w) for w in tail[:-1]):
            return [piece]  # 'De har ökat och minskat …': two verbs of one thing said, no two things done
        for j, w in enumerate(tail):
            if (_SUBORDINATOR_RE.fullmatch(w) or w in lex.QUESTION_CLAUSE_OPENERS) and \
                    any(is_finite_verb(x) or _is_supine(x) or _verb_infinitive(x) for x in tail[j + 1:]):
                return [piece]  # '… lärare som har arbetat … och fått …': the second supine may be the inner clause's
        subject = " ".join(words[:verb_at])
        first = subject if subject[:1].isupper() and subject.split()[0].lower() not in lex.SUBJECT_PRONOUNS and \
            not is_definite_noun(subject.split()[0]) and not _definite_n(subject.split()[0]) else subject.lower()
        return [" ".join(words[:k]).rstrip(",") + ".",
                " ".join([first[:1].upper() + first[1:], words[verb_at].lower(), *words[k + 1:]])]
    return [piece]


def fronted_shared_subject(piece: str) -> list[str]:
    """A sentence that opens with a subordinate clause ('När …', 'Om …'), then its main verb and subject, and a
    second verb of that subject after 'och', as two sentences, the subject repeated (lättläst: one idea per
    sentence): 'När en elev har mycket frånvaro bjuder mentorn in eleven till ett samtal och skriver ner vad som
    bestäms.' -> '… bjuder mentorn in eleven till ett samtal.' and 'Mentorn skriver ner vad som bestäms.'. The main
    verb is the first finite verb followed by a plain subject; an 'och' before it belongs to the subordinate
    clause; never across a 'som', 'att' or other clause word, never inside a quotation.

    >>> fronted_shared_subject("När en elev har mycket frånvaro bjuder mentorn in eleven och föräldrarna till ett "
    ...                        "samtal och skriver ner vad som bestäms.")  # doctest: +NORMALIZE_WHITESPACE
    ['När en elev har mycket frånvaro bjuder mentorn in eleven och föräldrarna till ett samtal.',
     'Mentorn skriver ner vad som bestäms.']
    >>> fronted_shared_subject("Om eleven är sjuk och har feber ska mentorn ringa hem till föräldrarna samma dag.")
    ['Om eleven är sjuk och har feber ska mentorn ringa hem till föräldrarna samma dag.']
    """
    words = piece.split()
    if len(words) <= _SHORT or not _FRONT_SUBORDINATE_RE.match(piece) or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    def subject_size(at: int) -> int:
        after = [w.strip(",") for w in words[at + 1:at + 4]]
        return _subject_size(after) or (1 if after and _definite_after_r(after[0]) else 0)

    verbs = [i for i in range(1, len(words) - 2) if is_finite_verb(words[i].strip(","))]
    # The subordinate clause's own verb comes first; the main verb is a later one with its subject after it.
    main = next((i for i in verbs[1:] if subject_size(i) and not _SUBORDINATOR_RE.fullmatch(words[i - 1].lower())),
                None)
    if main is None:
        return [piece]
    size = subject_size(main)
    subject = " ".join(words[main + 1:main + 1 + size]).strip(",")
    for k in range(main + size + 2, len(words) - 2):
        if _SUBORDINATOR_RE.fullmatch(words[k - 1].lower().strip(",")):
            return [piece]  # the 'och' may go on with a clause inside the main clause
        if words[k - 1].lower() == "och" and is_finite_verb(words[k]) and not words[k - 2].endswith(","):
            left, right = " ".join(words[:k - 1]), " ".join(words[k:])
            if len(right.split()) < 3:
                return [piece]
            first = subject if subject[:1].isupper() and subject.lower() not in lex.SUBJECT_PRONOUNS else \
                subject.lower()
            return [left + ".", f"{first[:1].upper()}{first[1:]} {right}"]
    return [piece]


_CONDITION_RE = re.compile(rf"^(?P<opener>{'|'.join(lex.EASY_CONDITION_OPENERS)})\s+", re.I)
_CONDITION_SUBJECT_WORDS = 3  # 'en elev', 'frånvaron inte', 'ert arbete': a short subject, then its verb


def _is_past(word: str) -> bool:
    """A finite verb in the past tense ('kom', 'ledde', 'stärkte', 'hade'); 'måste' is present too."""
    low = word.lower()
    return low in lex.STRONG_PAST_FORMS or low in lex.PAST_AUXILIARIES or \
        (low.endswith(("de", "te")) and low != "måste")


def _definite_n(word: str) -> bool:
    """A definite noun that is its base form and '-n' ('frånvaron', 'mentorn', 'skolan'), which `is_definite_noun`
    (endings '-en', '-et', '-na', '-an') does not all see."""
    low = word.lower()
    return low.isalpha() and low.endswith("n") and simplemma.lemmatize(low, lang="sv") + "n" == low and \
        not is_finite_verb(low)


def fronted_condition(piece: str) -> list[str]:
    """A sentence that opens with a condition ('Om …', 'När …' of a routine) before its main clause as two: the
    condition as a yes/no question, its verb first, and the main clause opened by 'Då' (lättläst: one idea per
    sentence; `lex.EASY_CONDITION_OPENERS`). The main clause's verb is the first finite verb after the condition's
    own with a plain subject after it; never where another clause stands inside the condition ('som', 'att', 'vad'
    …), never inside a quotation.

    >>> fronted_condition("Om frånvaron inte har minskat efter fyra veckor lämnar mentorn ärendet till elevhälsan.")
    ['Har frånvaron inte minskat efter fyra veckor?', 'Då lämnar mentorn ärendet till elevhälsan.']
    >>> fronted_condition("Om eleven är sjuk och har feber, ska mentorn ringa hem samma dag.")
    ['Är eleven sjuk och har feber?', 'Då ska mentorn ringa hem samma dag.']

    A past 'När' tells a time, not a condition, and a clause inside the condition may hold the verb taken for the
    main one: both stay whole.

    >>> fronted_condition("När projektet startade hösten 2019 deltog tolv skolor från hela länet.")
    ['När projektet startade hösten 2019 deltog tolv skolor från hela länet.']
    >>> fronted_condition("När ni vet vad ni ska göra och varför ni gör det kan ni lägga fram planen.")
    ['När ni vet vad ni ska göra och varför ni gör det kan ni lägga fram planen.']
    >>> fronted_condition("Om detta beslutar nämnden i maj och rektorn informerar personalen sedan.")
    ['Om detta beslutar nämnden i maj och rektorn informerar personalen sedan.']
    """
    opener = _CONDITION_RE.match(piece)
    words = piece.split()
    if opener is None or len(words) <= _SHORT or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    # The condition's subject (a plain one, sentence adverbs after it) and its finite verb.
    verb = next((i for i in range(2, min(len(words), 2 + _CONDITION_SUBJECT_WORDS + 1))
                 if is_finite_verb(words[i].strip(","))), None)
    if verb is None:
        return [piece]
    subject = words[1:verb]
    size = _subject_size([w.lower() for w in subject]) or int(_definite_n(subject[0]))
    if not size or any(w.lower() not in lex.SENTENCE_ADVERBS for w in subject[size:]) or \
            lex.EASY_CONDITION_NOT_RE.match(piece) or \
            opener.group("opener").lower() in lex.EASY_CONDITION_PRESENT_ONLY and _is_past(words[verb]):
        return [piece]
    main = None
    for i in range(verb + 1, len(words) - 2):
        bare = words[i].lower().strip(",")
        if _SUBORDINATOR_RE.fullmatch(bare) or bare in lex.QUESTION_CLAUSE_OPENERS:
            return [piece]  # a clause inside the condition: its verb may be taken for the main one
        after = [w.lower().strip(",") for w in words[i + 1:i + 4]]
        if is_finite_verb(bare) and words[i - 1].lower() not in ("och", "eller") and \
                (_subject_size(after) or after and _definite_n(after[0])):
            main = i
            break
    if main is None or main - verb < 2 or len(words) - main < 3:
        return [piece]
    if any(is_finite_verb(words[i].lower().strip(",")) and words[i - 1].lower() not in ("och", "eller")
           for i in range(verb + 1, main)):
        return [piece]  # a second clause with a subject of its own ('… och skolan inte har fått …') keeps its order
    if not words[main - 1].endswith(",") and words[main + 1].lower() not in lex.SUBJECT_PRONOUNS and any(
            words[i].lower() in ("och", "eller") and not is_finite_verb(words[i + 1].lower().strip(","))
            for i in range(verb + 1, main - 1)):
        # '… i maj och rektorn informerar personalen …': after 'och' + a noun the verb may be a second clause's, its
        # subject before it; only a comma, or a pronoun subject after it ('… och underlag behöver ni …'), shows
        # the main clause's inverted order.
        return [piece]
    first = subject[0] if subject[0][1:].islower() and _subject_size_at_start(subject[:1]) and \
        subject[0].lower() not in lex.SUBJECT_PRONOUNS and not is_definite_noun(subject[0]) else subject[0].lower()
    asked = " ".join([words[verb].strip(",").capitalize(), first, *subject[1:], *words[verb + 1:main]]).rstrip(",")
    return [f"{asked}?", " ".join([lex.EASY_CONDITION_THEN, words[main].lower(), *words[main + 1:]])]


_CAUSE_RE = re.compile(rf"^(?:{'|'.join(lex.EASY_CAUSE_OPENERS)})\s+", re.I)


def fronted_cause(piece: str) -> list[str]:
    """A sentence that opens with a cause ('Eftersom …,') before its main clause as two: the cause as a statement in a
    main clause's order and the main clause opened by 'Därför' (`lex.EASY_CAUSE_OPENERS`). Only where a comma ends
    the cause, the cause's subject is plain (sentence adverbs after it) with no clause inside it, and the main
    clause opens with its finite verb and a plain subject; never in a question or a quotation.

    >>> fronted_cause("Eftersom skolan inte har någon kurator i dag, får eleverna stöd av skolsköterskan varje vecka.")
    ['Skolan har inte någon kurator i dag.', 'Därför får eleverna stöd av skolsköterskan varje vecka.']

    A clause inside the cause, or a main clause that does not open with its verb, keeps the sentence whole:

    >>> fronted_cause("Eftersom eleverna som har hög frånvaro saknar stöd, behöver skolan en ny plan för närvaron.")
    ['Eftersom eleverna som har hög frånvaro saknar stöd, behöver skolan en ny plan för närvaron.']
    >>> fronted_cause("Eftersom skolan saknar kurator i dag, eleverna får stöd av skolsköterskan varje vecka.")
    ['Eftersom skolan saknar kurator i dag, eleverna får stöd av skolsköterskan varje vecka.']
    """
    opener = _CAUSE_RE.match(piece)
    if opener is None or len(piece.split()) <= _SHORT or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    comma = piece.find(", ", opener.end())
    if comma < 0:
        return [piece]
    cause, main = piece[opener.end():comma].split(), piece[comma + 2:].split()
    if len(cause) < 3 or len(main) < 3:
        return [piece]
    verb = next((i for i in range(1, min(len(cause), _CONDITION_SUBJECT_WORDS + 2)) if is_finite_verb(cause[i])), None)
    if verb is None:
        return [piece]
    subject = cause[:verb]
    size = _subject_size([w.lower() for w in subject]) or int(_definite_n(subject[0]))
    if not size or any(w.lower() not in lex.SENTENCE_ADVERBS for w in subject[size:]) or \
            any(_SUBORDINATOR_RE.fullmatch(w.lower()) or w.lower() in lex.QUESTION_CLAUSE_OPENERS
                for w in cause[verb + 1:]):
        return [piece]
    after = [w.lower().strip(",.") for w in main[1:4]]
    if not is_finite_verb(main[0].lower()) or not (_subject_size(after) or _definite_n(after[0])):
        return [piece]
    first = subject[0] if subject[0][1:].islower() and _subject_size_at_start(subject[:1]) and \
        subject[0].lower() not in lex.SUBJECT_PRONOUNS and not is_definite_noun(subject[0]) else subject[0].lower()
    said = " ".join([first, *subject[1:size], cause[verb], *subject[size:], *cause[verb + 1:]])
    return [f"{said[:1].upper()}{said[1:]}.", " ".join([lex.EASY_CAUSE_THEN, main[0].lower(), *main[1:]])]


def _definite_after_r(word: str) -> bool:
    """A definite noun whose base form ends in '-r' and takes only '-n' ('mentorn', 'doktorn'), which
    `is_definite_noun` (endings '-en', '-et', '-na', '-an') does not see."""
    low = word.lower()
    return low.isalpha() and low.endswith("rn") and simplemma.lemmatize(low, lang="sv") + "n" == low and \
        not is_finite_verb(low)


# Words that make a sentence's opening noun phrase plural, whatever clause stands inside it ('Några av de områden som
# …', 'Många elever vi träffade …'; Svenska Akademiens grammatik: quantifiers and plural determiners).
_PLURAL_OPENERS = frozenset("några många alla flera dessa båda samtliga".split())


def plural_subject(piece: str) -> list[str]:
    """A sentence whose long plural subject (with a clause of its own inside) has two verbs joined by 'och' as two
    sentences, the second with 'De' for the subject (lättläst: one idea per sentence): 'Några av de områden som vi
    ska gå vidare med är redan påbörjade och har kommit olika långt.' -> '… är redan påbörjade.' and 'De har kommit
    olika långt.'. Only where the main verb is clear: the last finite verb before 'och' follows no 'som', 'att' or
    pronoun (which would make it the inner clause's verb), at most four words stand between it and 'och', and no
    verb follows the one after 'och'.

    >>> plural_subject("Några av de andra områden som vi ska gå vidare med är redan påbörjade och har kommit olika "
    ...                "långt.")
    ['Några av de andra områden som vi ska gå vidare med är redan påbörjade.', 'De har kommit olika långt.']
    >>> plural_subject("Alla elever som är trötta och har svårt att sova i skolan får extra stöd.")
    ['Alla elever som är trötta och har svårt att sova i skolan får extra stöd.']
    """
    words = piece.split()
    if len(words) <= _SHORT or words[0].lower() not in _PLURAL_OPENERS or "”" in piece or '"' in piece:
        return [piece]
    m = _AND_VERB_RE.search(piece)
    if m is None or not is_finite_verb(m.group(1)):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    left_words = left.split()
    verbs = [i for i, w in enumerate(left_words) if is_finite_verb(w.strip(",")) and
             not _attributive(left_words[i - 1] if i else "", w)]
    if not verbs or not _SUBORDINATOR_RE.search(" ".join(left_words[:verbs[-1]])):
        return [piece]  # no clause inside the subject: `shared_subject` repeats a short subject itself
    last = verbs[-1]
    while len(verbs) > 1 and _predicate_of(left_words, last, verbs[-2]):
        verbs.pop()  # 'är redan påbörjade': the participle belongs to the verb before it
        last = verbs[-1]
    before = left_words[last - 1].lower().strip(",")
    after = left_words[last + 1:]
    if before in ("som", "att") or _SUBORDINATOR_RE.fullmatch(before) or before in lex.SUBJECT_PRONOUNS or \
            not 1 <= len(after) <= 4 or _SUBORDINATOR_RE.search(" ".join(after)) or "," in " ".join(after) or \
            len(right.split()) < 3 or _has_verb(" ".join(right.split()[1:])):
        return [piece]
    return [left + ("" if left.endswith((".", "!", "?")) else "."), f"De {right}"]


def _predicate_of(words: list[str], at: int, verb: int) -> bool:
    """The verb form at `at` follows the finite verb at `verb` with only sentence adverbs between ('är redan
    påbörjade'): a participle of that verb's predicate, not a verb of its own."""
    return all(w.lower().strip(",") in lex.SENTENCE_ADVERBS for w in words[verb + 1:at])


def _subject_size_at_start(words: list[str]) -> int:
    """Like `_subject_size`, for the words that open a sentence: its capital does not make a word a name."""
    if not words:
        return 0
    first = words[0]
    if len(words) == 2 and first.endswith("s") and first.isalpha() and _is_noun(words[1]) and \
            not is_finite_verb(first):
        return 2  # a genitive and its noun: 'Skolans ledning', 'Framtidens lärarutbildning'
    if first[:1].isupper() and first.lower() not in lex.SUBJECT_PRONOUNS and \
            first.lower() not in lex.SUBJECT_DETERMINERS and not is_definite_noun(first):
        return 1 if len(words) == 1 and first.isalpha() and is_rare(first.lower()) else 0  # a name: 'Karlskoga'
    return _subject_size([first.lower(), *words[1:]]) if len(words) > 1 else \
        (1 if first.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(first) else 0)


_RELATIVE_RE = re.compile(r",\s+som\s+|\s+vars\s+", re.I)


def relative_clause(piece: str) -> list[str]:
    """A long sentence that ends in a relative clause as two: '…, som …' -> '….' and 'De/Den/Det …' (or the noun
    repeated), '… vars …' -> '….' and 'Dess/Deras …'. A restrictive 'som' (no comma) picks out which thing is
    meant and stays; so does a clause inside a quotation or one whose main clause has no verb of its own.

    >>> relative_clause("Vi samarbetar med socialtjänsten, som har ansvar för stödet till familjer.")
    ['Vi samarbetar med socialtjänsten.', 'Socialtjänsten har ansvar för stödet till familjer.']
    >>> relative_clause("Skolan har en sammanhållen utbildning vars kurser stärker elevernas lärande.")
    ['Skolan har en sammanhållen utbildning.', 'Dess kurser stärker elevernas lärande.']
    """
    m = _RELATIVE_RE.search(piece)
    if m is None or len(piece.split()) <= _SHORT:
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    if left.count("”") % 2 or left.count('"') % 2 or len(left.split()) < 3 or len(right.split()) < 3 or \
            not _clause_ends(left) or not _has_verb(right) or is_finite_verb(left.split()[-1]):
        return [piece]
    words = left.split()
    noun, before = words[-1], (words[-2].lower() if len(words) > 1 else "")
    if not noun.isalpha():
        return [piece]
    end = "" if left.endswith((".", "!", "?")) else "."
    if len(words) > 2 and before in lex.PREPOSITIONS and _is_noun(words[-3].strip(",")) and \
            not _is_infinitive(words[-3]):
        # 'föräldrar i området, som …': 'som' may point at either noun. Where both take the same pronoun ('en
        # struktur för samverkan, som …' -> 'Den …') the pronoun points as 'som' did and the clause can go; a third
        # noun before them ('en plan för arbetet med frånvaro, som …') or a 'vars' keeps the sentence whole, and so
        # does 'det', which a reader may take for the empty subject ('Det bedömer om …').
        first = _pronoun_of(words[-3].strip(","), words[-4].lower() if len(words) > 3 else "")
        if "vars" in m.group(0).lower() or first not in ("den", "de") or first != _pronoun_of(noun, "") or \
                (len(words) > 3 and words[-4].lower() in lex.PREPOSITIONS):
            return [piece]
        return [left + end, f"{first[:1].upper()}{first[1:]} {_in_main_order(right)}"]
    if "vars" in m.group(0).lower():
        owner = "deras" if _is_plural(noun, before) else "dess"
        return [left + end, f"{owner[:1].upper()}{owner[1:]} {right}"]
    if noun[:1].isupper() or is_definite_noun(noun):
        subject = noun  # the noun repeated: 'socialtjänsten, som …' -> 'Socialtjänsten …'
    elif _is_plural(noun, before):
        subject = "de"
    elif before in ("ett", "något", "detta") or (noun.endswith("et") and before not in ("en", "någon", "denna")):
        subject = "det"
    elif before in ("en", "någon", "denna"):
        subject = "den"
    else:
        return [piece]  # neither article nor ending tells which pronoun: the sentence stays whole
    return [left + end, f"{subject[:1].upper()}{subject[1:]} {_in_main_order(right)}"]


def _in_main_order(clause: str) -> str:
    """A relative clause's words after 'som' with the verb before its adverbs, as a main clause has it ('ofta har
    ansvar' -> 'har ofta ansvar'); as they stand where no verb follows the adverbs."""
    ordered = _relative_main_order(clause.split())
    return " ".join(ordered) if ordered is not None else clause


_NEW_THING_WORDS = 14  # a sentence of more words than this says a new thing and its relative clause apart


def new_thing_relative(piece: str) -> list[str]:
    """A long sentence whose main clause ends in a new thing ('en'/'ett', at most two words, its noun) and a relative
    clause about it as two, the clause with 'Den'/'Det' for its subject (a person's noun repeated, definite:
    'Kuratorn'; lättläst: one idea per sentence). An indefinite noun is new to the reader, so its
    clause tells more about it rather than picking out which one is meant (the restrictive 'de elever som …',
    definite, stays whole). Only where 'som' is the clause's subject (its verb follows), the noun is an object or
    follows a preposition (a subject's clause would take the main verb with it), the main clause has a verb of its
    own before it, and no subordinate opener, question or quotation surrounds it.

    >>> new_thing_relative("Förvaltningen har tagit fram en gemensam plan som ska gälla för alla skolor i kommunen.")
    ['Förvaltningen har tagit fram en gemensam plan.', 'Den ska gälla för alla skolor i kommunen.']
    >>> new_thing_relative("Det är skolans ansvar att ge eleverna en sådan miljö som gör att alla kan lära sig.")
    ['Det är skolans ansvar att ge eleverna en sådan miljö som gör att alla kan lära sig.']
    >>> new_thing_relative("Hon säger att synsättet i kommunen är att ett barn som inte går i skolan far illa.")
    ['Hon säger att synsättet i kommunen är att ett barn som inte går i skolan far illa.']
    >>> new_thing_relative("Stöd gavs även till en skola i kommunen som dock ville avbryta på grund av tidsbrist.")
    ['Stöd gavs även till en skola i kommunen som dock ville avbryta på grund av tidsbrist.']
    >>> new_thing_relative("Kommunen gav även stöd till en högstadieskola som dock ville avbryta arbetet redan i våras.")
    ['Kommunen gav även stöd till en högstadieskola.', 'Den ville dock avbryta arbetet redan i våras.']
    >>> new_thing_relative("Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.")
    ['Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.']

    A person is named again, not called 'den' as a thing is:
    >>> new_thing_relative("Skolan har anställt en kurator som arbetar med elevernas hälsa och trygghet i hela skolan.")
    ['Skolan har anställt en kurator.', 'Kuratorn arbetar med elevernas hälsa och trygghet i hela skolan.']
    """
    words = piece.split()
    if len(words) <= _NEW_THING_WORDS or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _OPENS_SUBORDINATE_RE.match(piece):
        return [piece]
    for at, word in enumerate(words):
        if word.lower() != "som" or at < 4 or len(words) - at - 1 < 3:
            continue
        start = next((i for i in range(at - 2, max(at - 5, -1), -1) if words[i].lower() in ("en", "ett")), None)
        if start is None or not _takes_object(words[start - 1].lower().strip(",")):
            continue  # 'att ett barn som inte går i skolan far illa': the noun is a subject, its verb comes later
        between = [w.lower() for w in words[start + 1:at]]
        if any(not w.isalpha() or w in lex.PREPOSITIONS or w in lex.COMPARING_DETERMINERS or w in _FUNCTION_WORDS
               for w in between) or not _is_noun(between[-1]):
            continue
        # 'en elevhälsa som arbetar med frånvaro och som träffar …': two clauses about the new thing, each a
        # sentence of its own with the pronoun (lättläst: one idea per sentence); a third 'och som' keeps all whole.
        parts = _SECOND_RELATIVE_RE.split(" ".join(words[at + 1:]))
        if len(parts) > 2:
            continue
        clauses = [_relative_main_order(p.split()) for p in parts]
        if any(c is None for c in clauses):
            continue
        left = " ".join(words[:at]).rstrip(",")
        if len(words[:start]) < 3 or not _has_verb(" ".join(words[:start])):
            continue
        person = _person_definite(words[at - 1])  # 'en kurator som arbetar …' -> 'Kuratorn arbetar …'
        pronoun = person[:1].upper() + person[1:] if person else "Den" if words[start].lower() == "en" else "Det"
        said = [f"{pronoun} {' '.join(c)}" for c in clauses if c is not None]
        return [left + ".", *(f"{c.rstrip(' ,')}." for c in said[:-1]), said[-1]]
    return [piece]


# A second relative clause about the same noun: '… som arbetar med frånvaro och som träffar …'.
_SECOND_RELATIVE_RE = re.compile(r",?\s+och som\s+", re.I)


def _relative_main_order(clause: list[str]) -> list[str] | None:
    """The words of a relative clause after its 'som' (the subject) in a main clause's order, for a sentence that
    opens with a pronoun for 'som': 'dock ville …' -> 'ville dock …'. None where 'som' is no subject (no
    finite verb within a sentence adverb of it), the clause is a negation (which defines: 'ett barn som inte går i
    skolan') or too short to stand alone.

    >>> _relative_main_order("dock ville avbryta".split()), _relative_main_order("inte går i skolan".split())
    (['ville', 'dock', 'avbryta'], None)
    >>> " ".join(_relative_main_order("även idag används i kommunen".split()))
    'används även idag i kommunen'
    """
    if len(clause) < 2 or clause[0].lower() in ("inte", "ej", "aldrig"):
        return None
    verb = next((i for i in range(min(_ADVERBS_BEFORE_VERB + 1, len(clause)))
                 if clause[i].lower() not in lex.SENTENCE_ADVERBS and clause[i].lower() not in lex.AMOUNT_TIME_ADVERBS),
                None)
    if verb is None or not (is_finite_verb(clause[verb].strip(",.")) or is_past_passive(clause[verb].strip(",."))):
        return None
    return [clause[verb], *clause[:verb], *clause[verb + 1:]]


# 'som även idag används …': a relative clause's adverbs stand before its verb, a main clause's after it.
_ADVERBS_BEFORE_VERB = 2


def _pronoun_of(noun: str, before: str) -> str | None:
    """The pronoun that stands for `noun` ('de', 'den' or 'det'), by the word before it (an article, a determiner, a
    figure), its definite ending, or an ending that tells its gender (`lex.COMMON_GENDER_ENDINGS`,
    `lex.NEUTER_ENDINGS`); None where none of them tells.

    >>> [_pronoun_of(n, b) for n, b in (("struktur", "en"), ("samverkan", ""), ("arbetet", "i"), ("tjejer", "12"),
    ...                                  ("utbildning", ""), ("material", ""))]
    ['den', 'den', 'det', 'de', 'den', None]
    """
    low = noun.lower()
    if not low.isalpha():
        return None
    if _is_plural(noun, before) or (re.fullmatch(r"\d+(?:[–-]\d+)?", before) and before != "1"):
        return "de"
    if before in ("ett", "något", "detta", "varje"):
        return "det" if before != "varje" else None
    if before in ("en", "någon", "denna"):
        return "den"
    if is_definite_noun(low):
        return "de" if low.endswith("na") else "det" if low.endswith("et") else "den"
    if low.endswith(lex.COMMON_GENDER_ENDINGS):
        return "den"
    if low.endswith(lex.NEUTER_ENDINGS):
        return "det"
    return None


def _person_definite(noun: str) -> str:
    """A noun of a person in its definite form ('kurator' -> 'kuratorn', 'skolkurator' -> 'skolkuratorn'), by
    lexicon.PERSON_NOUN_DEFINITES; '' for a noun that names no person."""
    low = noun.lower()
    key = max((k for k in lex.PERSON_NOUN_DEFINITES if low.endswith(k)), key=len, default="")
    return noun[: len(noun) - len(key)] + lex.PERSON_NOUN_DEFINITES[key] if key else ""


def _takes_object(word: str) -> bool:
    """A word after which a noun phrase is an object or a preposition's noun, not a clause's subject: a preposition,
    a finite verb or supine, or a sentence adverb ('tagit fram en plan', 'genom en strategi', 'har också en plan').
    Not an infinitive: 'behöver införa ett system som …', 'för att skapa en miljö som …' is a thing wished for,
    which the clause describes; said apart, it would read as one that is already there."""
    if word in lex.COPULAS:
        return False  # 'är en lärare som kan …': a predicative noun needs its clause, which says what kind
    return word in lex.PREPOSITIONS or word in lex.NAME_FOLLOWS_WORDS or word in lex.SENTENCE_ADVERBS or \
        is_finite_verb(word) or is_past_passive(word) or _is_supine(word) or \
        word in ("fram", "in", "ut", "upp", "till")


# An inner clause's words that may stand between the relative clause's verb and the main verb: an infinitive
# marker ('för att kunna rikta') opens no clause of its own.
_NESTED_CLAUSE_RE = re.compile(r"\b(?:som|när|om|eftersom|medan|där|vars|vilka|vilket|vilken|hur|vad|varför|vem|"
                               r"innan|tills|ifall|då)\b", re.I)


def _tells_past(words: list[str], at: int) -> bool:
    """The finite verb at `at` tells what happened: a past form ('ledde', 'gjordes', 'blev') or 'har'/'hade' with a
    supine after it ('har testats', 'hade fått')."""
    low = words[at].lower().strip(",.")
    if low in ("har", "hade"):
        return any(_is_supine(w) or (w.endswith("s") and _is_supine(w[:-1]))  # 'har gjorts', 'har testats'
                   for w in (w.lower().strip(",.") for w in words[at + 1:at + 4]))
    return low in lex.STRONG_PAST_FORMS or is_past_passive(low) or (low.endswith(("ade", "de", "te")) and
                                                                      is_finite_verb(low))


def subject_relative(piece: str) -> list[str]:
    """A sentence whose subject carries a relative clause before the main verb as two, the main clause first and the
    relative clause after it with a pronoun for the subject (lättläst: one idea per sentence, the reader does not
    hold the subject over a clause): 'En förstärkt analys som ska ge en djupare bild av skolans behov har gjorts på
    alla skolor.' -> 'En förstärkt analys har gjorts på alla skolor.' and 'Den ska ge en djupare bild av skolans
    behov.'. Only where the subject opens the sentence with 'en' or 'ett' (one new thing, and the pronoun it takes),
    the main verb is clear (a later finite verb after no 'och', comma or clause word) and tells what happened (past
    or perfect), and both sentences keep three words or more; never in a question or a quotation. A present rule
    ('En elev som saknar betyg får stöd') stays whole: split, it would say that any pupil gets support.

    >>> subject_relative("En förstärkt analys som ska ge en djupare bild av skolans behov har gjorts på alla skolor.")
    ['En förstärkt analys har gjorts på alla skolor.', 'Den ska ge en djupare bild av skolans behov.']
    >>> subject_relative("Ett nytt arbetssätt som bygger på samverkan har testats på två skolor i kommunen.")
    ['Ett nytt arbetssätt har testats på två skolor i kommunen.', 'Det bygger på samverkan.']
    >>> subject_relative("En elev som sa att hon inte trivdes fick stöd av elevhälsan direkt.")  # a clause inside
    ['En elev som sa att hon inte trivdes fick stöd av elevhälsan direkt.']
    >>> subject_relative("En elev som saknar godkända betyg i svenska får stöd av elevhälsan.")
    ['En elev som saknar godkända betyg i svenska får stöd av elevhälsan.']
    """
    words = piece.split()
    if len(words) <= _SHORT or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    at = next((i for i, w in enumerate(words[:5]) if w.lower() == "som"), None)
    if at is None or at < 2 or any(not w.isalpha() or is_finite_verb(w) for w in words[:at]):
        return [piece]
    first, noun = words[0].lower(), words[at - 1]
    if first not in ("en", "ett") or not _is_noun(noun) or any(w.lower() in lex.PREPOSITIONS for w in words[1:at]):
        return [piece]  # 'En del av de elever som …': which noun 'som' points at is not clear
    pronoun = "den" if first == "en" else "det"
    verbs = [i for i in range(at + 1, len(words)) if (is_finite_verb(words[i].strip(",.")) or
             is_past_passive(words[i].strip(",."))) and not _attributive(words[i - 1], words[i])]
    # After the inner clause's verb, a present '-s' form may be a genitive ('varje skolas behov'); the main verb, which
    # tells what happened, is no such form.
    later = [i for i in verbs[1:] if not (words[i].endswith("s") and not is_past_passive(words[i]))]
    if not verbs or not later:
        return [piece]
    inner, main = verbs[0], later[0]
    if not _tells_past(words, main):
        return [piece]  # 'En elev som saknar betyg får stöd': a rule for any such pupil, not one pupil and her story
    between = " ".join(words[inner + 1:main])
    before = words[main - 1]
    if before.endswith(",") or before.lower() in ("och", "eller", "samt", "men", "att", "som") or \
            before.lower() in lex.SUBJECT_PRONOUNS or _NESTED_CLAUSE_RE.search(between) or "," in between or \
            re.search(r"\batt$", between) or \
            any(not _is_infinitive(m.group(1)) for m in re.finditer(r"\batt\s+(\S+)", between)):
        return [piece]  # the later verb may be an inner clause's ('som säger att hon inte trivs får …')
    main_clause = " ".join(words[:at] + words[main:])
    relative = " ".join(words[at + 1:main])
    if len(words[main:]) < 3 or len(relative.split()) < 3:
        return [piece]
    end = "" if main_clause.endswith((".", "!", "?")) else "."
    return [main_clause + end, f"{pronoun[:1].upper()}{pronoun[1:]} {relative}."]


_WHERE_RE = re.compile(r",?\s+där\s+", re.I)
_WHERE_SUBJECT_WORDS = 3  # 'där praktiknära forskning är …': a subject of a few words, then its verb


def where_clause(piece: str) -> list[str]:
    """A long sentence whose last clause opens with 'där' after a noun ('… en grupp där eleverna får läxhjälp …') as
    two, the second a main clause that opens with 'Där' and puts its verb before its subject (lättläst: one idea per
    sentence): '… en grupp.' and 'Där får eleverna läxhjälp …'. Only where the main clause has a verb of its own,
    'där' follows a noun, a subject of at most three words (no verb, preposition or clause word) comes before the
    clause's finite verb and three words or more follow; never in a question, a quotation or a sentence that opens
    with a subordinate clause, whose 'där' may belong to it.

    >>> where_clause("Vi har startat en ny läxgrupp där lärarna ger läxhjälp två eftermiddagar i veckan.")
    ['Vi har startat en ny läxgrupp.', 'Där ger lärarna läxhjälp två eftermiddagar i veckan.']

    A sentence adverb stays after the subject ('där eleverna inte får' -> 'Där får eleverna inte'):

    >>> where_clause("Skolan har tagit fram en ny modell där eleverna inte får välja sina egna kurser.")
    ['Skolan har tagit fram en ny modell.', 'Där får eleverna inte välja sina egna kurser.']

    A clause that picks out which things are meant (a plural, after a denial) stays with them, and so does a short
    sentence:

    >>> where_clause("Stödet ska ges till skolor i hela kommunen där eleverna har låga resultat i matematik.")
    ['Stödet ska ges till skolor i hela kommunen där eleverna har låga resultat i matematik.']
    >>> where_clause("Det saknas ett gemensamt arbete där skillnader mellan klasserna synliggörs och granskas.")
    ['Det saknas ett gemensamt arbete där skillnader mellan klasserna synliggörs och granskas.']
    >>> where_clause("Målet är att bidra till en bra utbildning i en trygg miljö där alla elever når målen.")
    ['Målet är att bidra till en bra utbildning i en trygg miljö där alla elever når målen.']
    >>> where_clause("Vi har en grupp där alla får hjälp.")
    ['Vi har en grupp där alla får hjälp.']
    """
    words = piece.split()
    if len(words) <= 12 or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _OPENS_SUBORDINATE_RE.match(piece) or _FRONT_SUBORDINATE_RE.match(piece):
        return [piece]
    m = _WHERE_RE.search(piece)
    if m is None or _WHERE_RE.search(piece, m.end()) is not None:
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():].split()
    before = left.split()
    if len(before) < 3 or not _is_noun(before[-1].strip(",")) or not _has_verb(left) or not _clause_ends(left) or \
            any(w.lower() in lex.EASY_WHERE_DENIED for w in _WORD_RE.findall(left)) or \
            any(_is_infinitive(a.group(1)) for a in re.finditer(r"\batt\s+(\w+)", left, re.I)):
        return [piece]
    # The noun is a new thing ('en'/'ett', at most two words before it, none a preposition) after a verb or a
    # preposition, as in `new_thing_relative`: the clause then tells more about it. A plural or definite noun ('till
    # skolor där …') is picked out by the clause, and a thing wished for ('att skapa en miljö där …') is not there yet:
    # both stay whole.
    start = next((i for i in range(len(before) - 2, max(len(before) - 5, 0), -1)
                  if before[i].lower() in ("en", "ett")), None)
    if start is None or not _takes_object(before[start - 1].lower().strip(",")) or \
            any(not w.isalpha() or w.lower() in lex.PREPOSITIONS or w.lower() in _FUNCTION_WORDS
                for w in before[start + 1:]):
        return [piece]
    verb = next((i for i, w in enumerate(right[:_WHERE_SUBJECT_WORDS + 3]) if is_finite_verb(w.strip(",.")) or
                 is_past_passive(w.strip(",."))), None)
    if verb is None or len(right) - verb < 3:
        return [piece]
    adverbs = 0
    while adverbs < verb and right[verb - 1 - adverbs].lower() in lex.SENTENCE_ADVERBS:
        adverbs += 1
    subject = right[:verb - adverbs]
    if not 1 <= len(subject) <= _WHERE_SUBJECT_WORDS or \
            any(not w.isalpha() or w.lower() in lex.PREPOSITIONS or w.lower() in _FUNCTION_WORDS or
                is_finite_verb(w) for w in subject):
        return [piece]
    said = ["Där", right[verb], *subject, *right[verb - adverbs:verb], *right[verb + 1:]]
    return [left + ".", " ".join(said)]


# 'och' before a second subject that contrasts with the first ('en annan grupp', 'de andra skolorna') and no verb of
# its own: the verb of the first clause is understood (gapping, Svenska Akademiens grammatik).
_GAPPED_RE = re.compile(r",?\s+och\s+(?P<subject>(?:en annan|ett annat|den andra|det andra|de andra|andra|en tredje|"
                        r"ett tredje)\s+[a-zåäö]+)\s+(?P<rest>(?:med|på|i|för|om|av|till|inom|mot|kring)\s+.+)$", re.I)


def gapped_verb(piece: str) -> list[str]:
    """Two clauses of which the second leaves out the verb ('En grupp arbetar med ledning och en annan grupp med
    inkludering.') as two sentences, the verb said again (lättläst: one idea per sentence, nothing left for the
    reader to fill in): 'En grupp arbetar med ledning.' and 'En annan grupp arbetar med inkludering.'. Only where
    the first clause has one finite verb among its first five words, a preposition right after it and no inner
    clause, and the second has no verb; never in a quotation or a question.

    >>> gapped_verb("En grupp av lärarna arbetar med ledning och stimulans och en annan grupp med inkludering.")
    ['En grupp av lärarna arbetar med ledning och stimulans.', 'En annan grupp arbetar med inkludering.']
    >>> gapped_verb("Skolan samarbetar med polisen och en annan grupp med föräldrar som vill hjälpa till.")
    ['Skolan samarbetar med polisen och en annan grupp med föräldrar som vill hjälpa till.']
    """
    m = _GAPPED_RE.search(piece)
    if m is None or len(piece.split()) <= _SHORT or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _has_verb(m.group("rest")):
        return [piece]
    left = piece[:m.start()]
    words = left.split()
    verbs = [i for i, w in enumerate(words) if is_finite_verb(w.strip(",")) and
             not _attributive(words[i - 1] if i else "", w)]
    if len(verbs) != 1 or not 1 <= verbs[0] <= 4 or _SUBORDINATOR_RE.search(left) or verbs[0] + 1 == len(words) or \
            words[verbs[0] + 1].lower() not in lex.PREPOSITIONS:
        return [piece]  # 'ska arbeta med …' leaves out two verbs: one said again would not do
    subject = m.group("subject")
    return [left.rstrip(" ,") + ".", f"{subject[:1].upper()}{subject[1:]} {words[verbs[0]]} {m.group('rest')}"]


# An aside between two commas that says what a noun is about ('gruppens sammansättning, avseende vilka som …, är
# avgörande'), and the finite verb of the main clause right after it; 'om' only before a question word ('om vilka'),
# not as 'if' ('om det behövs').
_ASIDE_RE = re.compile(r",\s+(?P<aside>(?:avseende|gällande|rörande|beträffande|om(?=\s+(?:vilka|vilken|vilket|hur|"
                       r"vad|varför)\b))\s+[^,;:()”\"]+),\s+(?P<verb>[a-zåäö]+)\s", re.I)


def inserted_aside(piece: str) -> list[str]:
    """A sentence with an aside between commas that says what its subject is about, before the main verb, as two:
    the sentence without the aside, then the aside as 'Det gäller …' (lättläst: one idea per sentence, no clause to
    read past in the middle of another): 'Gruppens sammansättning, om vilka som har hög frånvaro, är avgörande för
    stödet.' -> 'Gruppens sammansättning är avgörande för stödet.' and 'Det gäller vilka som har hög frånvaro.'.
    Only where a finite verb follows the aside and the words before it read as a subject; never in a quotation.

    >>> inserted_aside("Gruppens sammansättning, om vilka elever som har hög frånvaro och varför, är avgörande för "
    ...                "vilket stöd som behövs.")
    ['Gruppens sammansättning är avgörande för vilket stöd som behövs.', 'Det gäller vilka elever som har hög \
frånvaro och varför.']
    >>> inserted_aside("Skolan ska, om det behövs, kontakta socialtjänsten samma dag som frånvaron upptäcks.")
    ['Skolan ska, om det behövs, kontakta socialtjänsten samma dag som frånvaron upptäcks.']
    """
    m = _ASIDE_RE.search(piece)
    if m is None or len(piece.split()) <= _SHORT or "”" in piece or '"' in piece or \
            not is_finite_verb(m.group("verb")) or len(m.group("aside").split()) < 3:
        return [piece]
    left = piece[:m.start()]
    if len(left.split()) < 2 or left.count(",") or not _is_noun(left.split()[-1]):
        return [piece]  # the words before the aside end in a noun it is about
    aside = re.sub(r"^(?:avseende|gällande|rörande|beträffande|om)\s+", "", m.group("aside"), flags=re.I)
    main = f"{left} {piece[m.start('verb'):]}"
    return [main, f"Det gäller {aside.rstrip(' .')}."]


def by_means(piece: str) -> list[str]:
    """A long sentence with its means at the end as two: 'Skolan har minskat frånvaron genom att mentorn ringer
    hem.' -> 'Skolan har minskat frånvaron.' and 'Det görs genom att mentorn ringer hem.' (lättläst: one idea per
    sentence). Only after a whole clause, and not inside a quotation or a question.

    >>> by_means("Arbetet har bedrivits mellan skolan och socialtjänsten genom att gemensamma möten har hållits "
    ...          "varje månad under hela läsåret.")
    ['Arbetet har bedrivits mellan skolan och socialtjänsten.', 'Det har gjorts genom att gemensamma möten har hållits \
varje månad under hela läsåret.']
    >>> by_means("Genom att ringa hem samma dag kan mentorn minska frånvaron bland eleverna i klassen.")[0][:5]
    'Genom'
    """
    m = lex.EASY_MEANS_RE.search(piece)
    if m is None or len(piece.split()) <= 2 * _SHORT or "”" in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    if len(left.split()) < 5 or len(right.split()) < 3 or not _has_verb(left) or not _clause_ends(left) or \
            _SUBORDINATOR_RE.search(left.split()[-1]):
        return [piece]
    return [left + ".", f"{_means_lead(left)} genom att {right}"]


def _means_lead(clause: str) -> str:
    """'Det görs' in the tense (or with the modal) of the clause's first finite verb: the means said in a sentence of
    its own happens when the clause does ('Skolan minskade frånvaron' -> 'Det skedde', 'kan minska' -> 'Det kan
    göras', 'har minskat' -> 'Det har gjorts').

    >>> [_means_lead(c) for c in ("Skolan minskade frånvaron", "Skolan kan minska frånvaron",
    ...                           "Skolan har minskat frånvaron", "Skolan minskar frånvaron", "Skolan gav stöd",
    ...                           "Mentorn ledde arbetet")]
    ['Det skedde', 'Det kan göras', 'Det har gjorts', 'Det görs', 'Det skedde', 'Det skedde']

    A modal or 'har' without a verb after it is the clause's own verb, and keeps only its tense ('Eleverna får stöd'
    -> 'Det görs', not 'Det får göras'; 'Skolan hade ett nära samarbete' -> 'Det skedde', not 'Det hade gjorts'):

    >>> [_means_lead(c) for c in ("Eleverna får stöd", "Eleverna fick stöd", "Skolan har ett nära samarbete",
    ...                           "Skolan hade ett samarbete", "Skolan kan inte minska frånvaron", "Arbetet har bedrivits")]
    ['Det görs', 'Det skedde', 'Det görs', 'Det skedde', 'Det kan göras', 'Det har gjorts']
    """
    words = _WORD_RE.findall(clause)
    for i, w in enumerate(words):
        low = w.lower()
        if not (is_finite_verb(low) or is_past_passive(low)) or _attributive(words[i - 1] if i else "", w):
            continue
        verb = next((v for v in words[i + 1:] if v.lower() not in lex.SENTENCE_ADVERBS), "")
        if low in lex.EASY_MEANS_MODALS and _is_infinitive(verb):
            return f"Det {low} göras"
        if low in lex.EASY_MEANS_PERFECT and (_is_supine(verb) or verb.endswith("s") and _is_supine(verb[:-1])):
            return lex.EASY_MEANS_PERFECT[low]
        past = low in lex.STRONG_PAST_FORMS or is_past_passive(low) or low.endswith(("ade", "de", "te"))
        return "Det skedde" if past else "Det görs"
    return "Det görs"


def reported_clause(piece: str) -> list[str]:
    """A long sentence that reports what a source says or shows as two: the report, ending in 'detta:', and what it
    reports, as a sentence of its own (lättläst: one idea per sentence; a colon ends a sentence for the reader as for
    LIX). Only where the reported clause reads as a main clause too: a finite verb, and no sentence adverb before it
    ('att eleverna inte får …' keeps its 'att'), no quotation open across the cut.

    >>> reported_clause("Rapporten visar att elever med hög frånvaro behöver stöd från både skolan och "
    ...                 "socialtjänsten under hela läsåret.")
    ['Rapporten visar detta:', 'Elever med hög frånvaro behöver stöd från både skolan och socialtjänsten under hela \
läsåret.']
    >>> len(reported_clause("Rapporten visar att eleverna inte får det stöd som de har rätt till under hela läsåret."))
    1

    An adverb of degree goes after the verb, where a main clause has it:

    >>> reported_clause("Av skolans rapport för läsåret framgår att analysen av resultaten mer utgår från det som "
    ...                 "skolan själv kan påverka.")
    ['Av skolans rapport för läsåret framgår detta:', 'Analysen av resultaten utgår mer från det som skolan själv kan \
påverka.']
    """
    m = lex.EASY_REPORTING_RE.search(piece)
    if m is None or len(piece.split()) <= 2 * _SHORT:
        return [piece]
    left, right = piece[:m.end()].rstrip(), piece[m.end():]
    left = left[: -len("att")].rstrip()
    words = right.split()
    verb = next((i for i, w in enumerate(words) if is_finite_verb(w.strip(",.")) and
                 not _attributive(words[i - 1] if i else "", w)), None)
    if len(left.split()) < 2 or len(words) < _SHORT or verb is None or left.count("”") % 2 or left.count('"') % 2 \
            or any(w.lower().strip(",") in lex.SENTENCE_ADVERBS for w in words[:verb]) or \
            _SUBORDINATOR_RE.search(" ".join(words[:verb])) or lex.NEGATION_RE.search(left) or \
            _SUBORDINATOR_RE.search(left):
        return [piece]  # 'Det finns ingen forskning som visar att …', 'Om enkäten visar att …': no statement of it
    if verb >= 2 and words[verb - 1].lower() in lex.EASY_DEGREE_ADVERBS:  # 'analysen mer utgår' -> 'utgår mer'
        words[verb - 1], words[verb] = words[verb], words[verb - 1]
        right = " ".join(words)
    return [f"{left} detta:", right[:1].upper() + right[1:]]


def _is_plural(noun: str, before: str) -> bool:
    if before in lex.PLURAL_DETERMINERS:
        return True
    if before in ("en", "ett", "någon", "något", "denna", "detta"):
        return False
    low = noun.lower()
    return low.endswith(("ar", "er", "or", "na")) and simplemma.lemmatize(low, lang="sv") != low and \
        not is_finite_verb(low)


_PAREN_ANY_RE = re.compile(r"\s*\((?!ni angav|förslag)([^()]{1,200})\)")
_EXAMPLE_RE = re.compile(r"^(?:t\.ex\.|till exempel|exempelvis|bland annat|bl\.a\.)\s+", re.I)


def parentheses_out(text: str) -> str:
    """A long parenthesis (more than three words) taken out of its sentence and put after it as a sentence of
    its own (lättläst avoids asides inside a sentence); a short one ('(SSPF)', '(t.ex. LUPP)') and one with
    figures stay where they are, and a reference to the literature ('(Johansson, 2019)') is left out.

    >>> parentheses_out("Det viktiga är uthållighet (tid, tålamod, håll i och håll ut) i arbetet.")
    'Det viktiga är uthållighet i arbetet. Det handlar om tid, tålamod, håll i och håll ut.'
    >>> parentheses_out("I kommunens (och kanske hela landets) arbete är analys viktig.")
    'I kommunens (och kanske hela landets) arbete är analys viktig.'

    A reference to the literature is left out (`lex.EASY_REFERENCE_RE`); a year or a figure of the text's own stays:

    >>> parentheses_out("Avbrott leder till sociala kostnader (Owens och Ek, 2004; Skolverket, 2010a).")
    'Avbrott leder till sociala kostnader.'
    >>> parentheses_out("Planen gäller från hösten (augusti 2024) för alla skolor.")
    'Planen gäller från hösten (augusti 2024) för alla skolor.'
    """
    moved: list[str] = []

    def take(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if lex.EASY_REFERENCE_RE.match(inner):
            return ""  # a reference to the literature ('(Johansson, 2019)'): the line's [n] points at its source
        example = _EXAMPLE_RE.match(inner)
        if len(inner.split()) <= 3 or re.search(r"\d", inner) or \
                (example is None and inner.split()[0].lower() in lex.PREPOSITIONS | lex.CONJUNCTIONS):
            # A parenthesis that opens with a preposition qualifies the words before it ('(för kommuner också
            # Kolada, …)'): out of its sentence it would lose what it qualifies ('Det handlar om för kommuner …');
            # one that opens with a conjunction adds to them ('Karlskogas (och kanske hela landets) arbete') and
            # would be no sentence ('Det handlar om och kanske …').
            return m.group(0)
        if example:
            moved.append(f"Det kan till exempel vara {inner[example.end():]}")
        elif _has_verb(inner) and (inner[:1].isupper() or _opens_main_clause(inner)):
            moved.append(inner[:1].upper() + inner[1:])  # a clause of its own: a sentence, not 'Det handlar om …'
        else:
            moved.append(f"Det handlar om {inner}")
        return ""

    body = _PAREN_ANY_RE.sub(take, text).strip()
    if not moved:
        return body
    stop = re.search(r"[.!?]$", body)
    body = body if stop else body + "."
    return " ".join([body, *(t.rstrip(".") + "." for t in moved)])


def _demonstrative(piece: str) -> str:
    """A cut-off relative clause as a sentence of its own: 'vilka ska …' -> 'de ska …', 'där de …' -> 'de …'. A
    'där' with its verb right after opens a main clause already ('Där ger lärarna läxhjälp', `where_clause`): without
    it the verb would come first, as in a question.

    >>> _demonstrative("där de får stöd"), _demonstrative("Där får de stöd")
    ('de får stöd', 'Där får de stöd')
    """
    first = re.match(r"^(\w+)\s+(\w+)?", piece)
    if first and first.group(1).lower() == "där" and first.group(2) and is_finite_verb(first.group(2)):
        return piece
    if first and first.group(1).lower() in lex.EASY_RELATIVE:
        plain = lex.EASY_RELATIVE[first.group(1).lower()]
        return f"{plain} {piece[first.end(1):].lstrip()}".strip()
    return piece


_SUBORDINATOR_RE = re.compile(rf"\b(?:{'|'.join(lex.PHRASE_OR_CLAUSE_OPENERS + lex.CLAUSE_OPENERS)})\b", re.I)


# Words that open a clause with its own subject and verb ('att' and 'om' also lead an infinitive or a noun).
_CLAUSE_OPENER_RE = re.compile(rf"\b(?:{'|'.join(lex.CLAUSE_OPENERS)})\b", re.I)


# A subordinator or a question word: the words after it are a clause that needs a verb of its own.
_WAITING_CLAUSE_RE = re.compile(rf"{_SUBORDINATOR_RE.pattern}|\b(?:{'|'.join(lex.QUESTION_CLAUSE_OPENERS)})\b",
                                re.I)


def _clause_ends(text: str) -> bool:
    """The text's last clause (after its last 'att', 'som' …) has its verb: a conjunction after it starts a new
    clause, not a second object ('… till att Googles plattform för lärare och elever behöver …')."""
    # 'om' before an article ('beslutat om en ny plan') is a preposition and 'att' before an infinitive ('beslutat att
    # satsa') an infinitive marker: neither opens a clause that still waits for its verb.
    # A question word opens a clause too ('… en modell för hur skolan och socialtjänsten kan …': 'skolan' still
    # waits for its verb).
    ends = [m.end() for m in _WAITING_CLAUSE_RE.finditer(text) if not _opens_no_clause(m, text)]
    first = _CLAUSE_OPENER_RE.search(text)
    if first is not None and first.start() > 0 and not _has_verb(text[:first.start()]):
        return False  # 'Andelen elever som känner sig otrygga …': the main clause still waits for its verb
    last = text[ends[-1]:] if ends else text
    # In a subordinate clause 'har' may be left out: 'att eleven haft godkända betyg' has its verb.
    return _has_verb(last) or (bool(ends) and any(w.lower() in lex.SUPINES for w in _WORD_RE.findall(last)))


def _opens_no_clause(m: re.Match[str], text: str) -> bool:
    """'om' + an article or a question word, 'att' + an infinitive, 'som' after a verb: a preposition, an infinitive
    marker, a comparison.

    >>> texts = ("beslutat om en plan", "om eleven kommer", "beslutat att satsa", "till att Googles plattform")
    >>> [_opens_no_clause(re.search(r"\\b(?:om|att)\\b", t), t) for t in texts]
    [True, False, True, False]

    'som' after a verb says what as, it opens no clause ('beskrivits som svår'); after a noun it does:

    >>> [_opens_no_clause(re.search(r"\\bsom\\b", t), t) for t in ("har beskrivits som svår", "de elever som kom")]
    [True, False]
    """
    following = _WORD_RE.match(text[m.end():].lstrip())
    if following is None:
        return False
    word, opener = following.group(0).lower(), m.group(0).lower()
    if opener == "om":
        return word in lex.PREPOSITION_OM_NEXT
    if opener == "som":
        return _after_verb(text[:m.start()])
    return opener == "att" and _is_infinitive(word) and not is_finite_verb(word)


def _after_verb(before: str) -> bool:
    """The words before a 'som' end in a verb: the 'som' says what as ('beskrivits som problematisk', 'fungerar som
    stöd', 'ses som en risk'), it opens no relative clause, which follows a noun or a pronoun."""
    words = _WORD_RE.findall(before)
    if not words:
        return False
    last = words[-1].lower()
    return last not in lex.SUBJECT_PRONOUNS and not _attributive(words[-2] if len(words) > 1 else "", last) and \
        (is_finite_verb(last) or is_past_passive(last) or _is_supine(last) or
         (last.endswith("s") and _is_supine(last[:-1])))


def _has_verb(text: str) -> bool:
    words = _WORD_RE.findall(text)
    return any((is_finite_verb(w) or is_past_passive(w)) and not _attributive(words[i - 1] if i else "", w)
               for i, w in enumerate(words))


def _attributive(before: str, word: str) -> bool:
    """A past form after a determiner or a genitive is a participle describing a noun, not the clause's verb:
    'skolans prioriterade områden', 'våra planerade insatser', 'sina beslutade mål' (an -ade/-de/-te form); not
    after a pronoun or quantifier, which may be the subject ('de ledde', 'många trodde').

    >>> _attributive("skolans", "prioriterade"), _attributive("vi", "prioriterade")
    (True, False)
    """
    low, prev = word.lower(), before.lower()
    if not low.endswith(("ade", "de", "te")):
        return False
    return prev in lex.POSSESSIVES or (len(prev) > 3 and prev.endswith("s") and prev.isalpha() and
                                       not is_finite_verb(prev))


@lru_cache(maxsize=8192)
def is_finite_verb(word: str) -> bool:
    """A finite verb form: one of the common ones (`lex.FINITE_VERBS`), or a present, past or passive form of a
    verb whose infinitive `simplemma` gives ('arbetar', 'leder', 'ledde', 'stärkte', 'används' …).

    >>> [is_finite_verb(w) for w in ("arbetar", "leder", "stärkte", "pojkar", "flickor", "elever", "studier")]
    [True, True, True, False, False, False, False]
    """
    low = word.lower()
    if low in lex.FINITE_VERBS:
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    if lemma == low or len(lemma) < 2:
        return False
    if not lemma.endswith("a"):  # short verbs: 'bero' -> 'beror', 'tro' -> 'tror' (not 'studie' -> 'studier')
        return lemma.endswith(("o", "å", "u", "y")) and low == lemma + "r"
    stem = lemma[:-1]
    if stem.endswith("r") and low == stem and len(stem) > 3:  # 'beröra' -> 'berör', 'lära' -> 'lär'
        return True
    return low in {lemma + "r", stem + "er", stem + "ade", stem + "de", stem + "te", lemma + "s", stem + "s"}


def is_past_passive(word: str) -> bool:
    """A past passive ('genomfördes', 'startades', 'gjordes'): the finite verb of a clause, which lättläst may end a
    sentence after ('Det gjordes en kartläggning, vilket ledde …'); for the easy rewrite's clause tests only.

    >>> [is_past_passive(w) for w in ("genomfördes", "gjordes", "startades", "kommunes", "ledde", "elevernas")]
    [True, True, True, False, False, False]
    >>> [is_past_passive(w) for w in ("saknades", "ställdes", "byttes", "kurses", "mötes")]
    [True, True, True, False, False]
    """
    low = word.lower()
    if not low.endswith(("des", "tes")):
        return False
    if low[:-1] in lex.FINITE_VERBS or is_finite_verb(low[:-1]):  # 'gjorde' -> 'gjordes', 'saknade' -> 'saknades'
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    return lemma != low and lemma.endswith("a") and low in {lemma[:-1] + "ades", lemma[:-1] + "des",
                                                             lemma[:-1] + "tes", lemma + "des"}


def _split_outside_quotes(text: str, splitter: re.Pattern[str], clauses: bool) -> list[str]:
    """`text` split at `splitter`'s matches that stand outside ”quotes” (and, with `clauses`, only where both
    sides hold a finite verb)."""
    pieces: list[str] = []
    start = 0
    for m in splitter.finditer(text):
        left, right = text[start:m.start()], text[m.end():]
        if text[:m.start()].count("”") % 2 == 1 or text[:m.start()].count('"') % 2 == 1:
            continue
        if clauses and not (_clause_ends(left) and _opens_main_clause(right)):
            continue
        if clauses and splitter is _CONJUNCTION_RE and _FRONT_SUBORDINATE_RE.match(text[:m.start()].lstrip("•-* ")):
            continue  # 'Om ni saknar system och underlag behöver ni …': the 'och' is inside the subordinate clause
        first = _WORD_RE.match(re.sub(r"^(?:och|men|samt|eller|så)\s+", "", right.strip(), flags=re.I))
        if clauses and splitter is _CONJUNCTION_RE and first is not None and \
                first.group(0).lower() in lex.PLACE_PREPOSITIONS and not _fronted_place_clause(right):
            continue  # '… som får examen eller på andra sätt kommer närmare …': the place goes with the verb before
        if clauses and first is not None and is_finite_verb(first.group(0)):
            continue  # '… är påbörjade och har kommit långt': the second half has no subject of its own
        if clauses and _open_question(text, left):
            continue  # 'Kommer intressenter eller andra verksamheter eller invånare påverkas …?': subjects, one verb
        if clauses and splitter is _CONJUNCTION_RE and _open_conjunct(left, right):
            continue  # '… och skillnaden mellan pojkar och flickor ska minska': 'pojkar och flickor' is one phrase
        pieces.append(left)
        start = m.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _open_conjunct(left: str, right: str) -> bool:
    """The words before a cut end in a conjunct without a verb after a clause that had its own ('… klara skolan och
    skillnaden mellan pojkar'), and the first word after the cut is a noun of the same form as that conjunct's last
    ('pojkar' … 'flickor', both indefinite): the two nouns are one phrase, a subject that goes on after the cut, and
    a cut there would split it ('… och pojkar.' + 'Flickor ska minska.'). A noun of another form opens a clause of its
    own ('… läser böcker och tidningar och lärarna skriver …').

    >>> _open_conjunct("Fler ska klara skolan och skillnaden mellan pojkar", "och flickor ska minska")
    True
    >>> _open_conjunct("Eleverna läser böcker och tidningar", "och lärarna skriver")
    False
    >>> _open_conjunct("Eleverna läser böcker", "och lärarna skriver")
    False
    """
    cuts = list(re.finditer(r"\s(?:och|samt|eller)\s", left, re.I))
    m = cuts[-1] if cuts else None
    if m is None or not _has_verb(left[:m.start()]) or _has_verb(left[m.end():]) or "," in left[m.end():]:
        return False
    last = _WORD_RE.findall(left[m.end():])
    first = _WORD_RE.findall(re.sub(r"^\s*(?:och|samt|eller)\s+", "", right, flags=re.I))
    return bool(last and first) and first[0].lower() not in lex.SUBJECT_PRONOUNS and \
        is_definite_noun(last[-1]) == is_definite_noun(first[0])


def _fronted_place_clause(right: str) -> bool:
    """The words after a conjunction open with a place or time ('i …', 'på …') and then a main clause with its verb
    before its subject, Swedish word order after a fronted phrase ('… och på en annan lektion var det bestämda
    platser'); without a subject right after the verb the place belongs to a verb phrase that shares the subject
    before the conjunction ('… och på sikt ökar antalet …' in a relative clause).

    >>> [_fronted_place_clause(t) for t in ("och på en annan lektion var det bestämda platser",
    ...                                     "och på fredagarna hade rektorn ett möte")]
    [True, True]
    >>> _fronted_place_clause("eller på andra sätt kommer närmare arbetsmarknaden")
    False
    """
    words = [w.strip(",") for w in right.split()[1:]]
    verb = next((i for i, w in enumerate(words[:7]) if i >= 2 and is_finite_verb(w)), None)
    if verb is None or verb + 1 >= len(words) or any(w.lower() in _FUNCTION_WORDS for w in words[:verb]):
        return False
    subject = words[verb + 1]
    return subject.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(subject) or _definite_after_r(subject) or \
        subject[:1].isupper()


def _open_question(text: str, left: str) -> bool:
    """A yes/no question ('Kommer A eller B påverkas …?') whose only finite verb so far is its first word: the words
    before a cut are still its subject, so a conjunction there joins subjects, not clauses.

    >>> _open_question("Kommer lärare eller elever påverkas av det?", "Kommer lärare")
    True
    >>> _open_question("Eleverna läser och lärarna skriver.", "Eleverna läser")
    False
    """
    words = _WORD_RE.findall(left)
    return text.rstrip().endswith("?") and bool(words) and is_finite_verb(words[0]) and \
        not _has_verb(" ".join(words[1:]))


_NO_MAIN_CLAUSE_OPENER_RE = re.compile(r"^(?:att|som|hur|vad|varför|vem|vilken|om|när|eftersom|medan|innan|"
                                       r"tills|inte|ej|även|också)\b", re.I)


def _opens_main_clause(right: str) -> bool:
    """The words after a cut start a main clause: its finite verb comes before any 'som', 'att' … (in '… unga
    kvinnor och män som inte fullföljer …' the verb belongs to the relative clause, 'män' is a second object),
    they open with no subordinating or question word ('… men att det kan komma', '… och hur de hanterade …'),
    and a relative 'vilket'/'vilka' is the subject of its own verb ('…, vilket ledde till …', not '… eller vilket
    program de läste').

    >>> [_opens_main_clause(t) for t in ("och män som inte fullföljer sin utbildning", "och hur de hanterade det",
    ...  "eller vilket program de läste", "vilket ledde fram till en plan", "men eleverna saknar stöd",
    ...  "vilka insatser som väljs beror på planen")]
    [False, False, False, True, True, True]
    """
    rest = re.sub(r"^\s*(?:och|men|samt|eller|så)\s+", "", right.strip(), flags=re.I)
    words = rest.split()
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in ("vilket", "vilka"):
        if len(words) > 1 and is_finite_verb(words[1].strip(",")):
            return True
        # After a comma, '…, vilka insatser som väljs beror på …' is a clause whose subject is a question; after
        # 'och' it goes on with the question before it ('prata om vad våld är och vilket stöd som finns').
        return rest == right.strip() and _has_verb(_first_clause(right))
    if _NO_MAIN_CLAUSE_OPENER_RE.match(first):
        return False
    clause = _first_clause(right)
    # a clause inside the words after a cut ('tydlig bild över vad ni ska göra': 'ska' is not theirs)
    inner = _WAITING_CLAUSE_RE.search(clause) if first != "där" else None
    return _has_verb(clause[:inner.start()] if inner else clause)



# A sentence that opens with a subordinate clause ('Om …', 'För att …'); not 'Att dokumentera tar tid', whose 'att'
# clause is the subject of a main clause.
_FRONT_SUBORDINATE_RE = re.compile(rf"^\W*(?:{'|'.join(lex.FRONT_SUBORDINATORS)})\b", re.I)


def _first_clause(text: str) -> str:
    """The words up to the next comma or conjunction: '…, men inte i årskurs 9 och syftet har …' -> 'inte i
    årskurs 9', which has no verb of its own (a contrast left short), so no sentence starts there."""
    rest = re.sub(r"^\s*(?:och|men|samt|eller|så)\s+", "", text, flags=re.I)
    return re.split(r",\s|\s(?:och|men|samt|eller)\s", rest, maxsplit=1)[0]



def _join_short(pieces: list[str], least: int = 3) -> list[str]:
    """Pieces of `least` words or fewer go back onto their neighbour: a sentence needs a verb."""
    out: list[str] = []
    for p in pieces:
        p = p.strip()
        if out and (len(p.split()) <= least or len(out[-1].split()) <= least):
            out[-1] = f"{out[-1]} {p}" if re.match(r"^(och|men|samt|eller|så)\b", p, re.I) else f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


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
    'Våra texter har inga uppgifter om …'), and its closest passage is said in easy words (`closest_passage`)."""
    easy = easy_text(text, asked)
    return easy if lex.EASY_REFUSAL_RE.match(easy) else f"{lex.EASY_REWRITE_LEAD}\n{easy}"


def easy_facilitation(text: str, asked: str = "") -> str:
    """A dilemma turn in easy Swedish: no rewrite lead (it is the facilitator's turn, not source text said again),
    its headings and the source lines it quotes ('- … [n]': perspectives, workshop questions) word for word, so that
    a later summary finds them again in the history (extractive/dilemma.py `_unit_of`); its own lines in easy words.

    >>> easy_facilitation("Perspektiv:\\n- Huvudmannen har stor betydelse för stödet. [1]")
    'Perspektiv:\\n- Huvudmannen har stor betydelse för stödet. [1]'
    """
    out = []
    for line in text.splitlines():
        quoted = re.search(r"^- .*\[\d+\]\s*$", line) or (line.endswith(":") and not line.startswith("- "))
        out.append(line if quoted or not line.strip() else easy_text(line, asked))
    return "\n".join(out)


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
        easy = closest_passage(writer, closest) if closest else \
            [raw] if raw.startswith(_ENGLISH_LINES) else writer.line(raw)
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
    ['Det närmaste i våra texter handlar om något annat.', 'Det står i ”Sommarskola”.', \
'Så här står det där, med enkla ord:', 'Sommarskolan erbjöds till elever som saknade godkända betyg. [2]', \
'Lärarna gav dem stöd i juni och juli varje sommar. [2]']
    """
    found = next(((p.match(m.group("says")), lines) for p, lines in lex.EASY_CLOSEST_SAYS
                  if p.match(m.group("says"))), None)
    if found is None:
        return [m.group(0)]
    said = [found[0].expand(line) for line in found[1]]
    # Each sentence of the passage keeps the passage's [n] (the quote had one marker after all its sentences).
    passage = [line for sentence, _ in cited_sentences(m.group("quote"))
               for line in writer.line(f"{sentence} {m.group('cite').strip()}")]
    where = re.sub(r"[”\"]", "", m.group("where"))  # a heading's own quotation marks would nest in the quote
    return [*said, lex.EASY_CLOSEST_WHERE.format(where=where), lex.EASY_CLOSEST_LEAD, *passage]


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
    words = _WORD_RE.findall(lead)
    if not lead.endswith(":") or len(words) < _LEAD_MIN_WORDS or words[0].lower() in lex.EASY_LEAD_LEANS_BACK \
            or any(w.lower() in lex.EASY_LEAD_POINTS_BACK for w in words) \
            or not any(is_finite_verb(w) for w in words) \
            or any(lex.EASY_LIST_ANNOUNCED_RE.search(s) for s, _ in sentences[:-1]):
        return raw
    question = EasyWriter(asked)
    kept = [(s, ns) for s, ns in sentences[:-1]
            if re.search(r"\d", _YEAR_RE.sub("", s)) or any(question.asked(w.lower()) for w in _WORD_RE.findall(s))]
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


def easy_draft(draft: Draft) -> Draft:
    """The draft in easy Swedish: each item cut into short items (same provenance and citations), an
    enumeration into one item per entry, plain headings. A gap ('Fyll i: …') stays one item."""
    writer = EasyWriter()
    sections = []
    said = ""  # what the user has said so far in the draft: a gap that repeats it can point back at it
    gaps: dict[str, str] = {}  # a gap's easy text -> the easy heading of the section it was first asked in
    stated: dict[str, str] = {}  # an item's words (no label) -> where it stands ('i ”Stödets förslag” ovan')
    for s in draft.sections:
        items: list[DraftItem] = []
        heading = lex.EASY_HEADINGS.get(s.heading) or numbered_heading(s.heading, s.items) or \
            writer.swaps(writer.phrases(s.heading))
        for item in s.items:
            if item.gap or (s.key == "nyckeltal" and item.provenance == "suggestion"):
                item = item.model_copy(update={"text": restated_problem(item.text, said)})
            if item.provenance == "user":
                said += f" {item.text}"
            if s.key == "kontroll":
                item = item.model_copy(update={"text": checked_label(item.text)})
            easy = _easy_item(writer, item)
            if item.gap and len(easy) == 1:
                easy = [asked_before(easy[0], gaps, heading)]
            if item.provenance == "suggestion":
                easy = [quoted_before(i, stated, heading) for i in easy]
            label = _LABEL_RE.match(item.text)
            where = f"i ”{lex.EASY_LABELS.get(label.group(1).lower(), label.group(1))}” ovan" if label else \
                f"under ”{heading}”"
            stated.setdefault(_stated_key(_LABEL_RE.sub("", item.text, count=1)), where)
            items += easy
        sections.append(s.model_copy(update={"items": items, "heading": heading}))
    return draft.model_copy(update={"sections": sections, "easy": True})


def checked_label(text: str) -> str:
    """A goal check's label in plain words (`lex.EASY_CHECK_LABELS`): 'Indikator: ja' -> 'Något att mäta: ja'.

    >>> checked_label("Följbart: ja – metodstödet föreslår 5 uppföljningsfrågor")
    'Går att följa: ja – metodstödet föreslår 5 uppföljningsfrågor'
    """
    label, colon, rest = text.partition(":")
    plain = lex.EASY_CHECK_LABELS.get(label.lower()) if colon else None
    return f"{plain}:{rest}" if plain else text


def _stated_key(text: str) -> str:
    return " ".join(text.strip(" .”").lower().split())


def quoted_before(item: DraftItem, stated: dict[str, str], heading: str) -> DraftItem:
    """The assistant's own line that quotes, word for word, an item of an earlier section (the card's goal, quoted
    again to say why an intervention fits) points back at that item instead (lättläst: say a long thing once, then
    refer to it in a few words). `stated` holds each earlier item's words and where it stands: its label ('i
    ”Stödets förslag” ovan') or its section ('under ”Ett mål för er”').

    >>> stated = {"pojkar är motiverade till att lyckas i skolan": "i ”Stödets förslag” ovan"}
    >>> quoted_before(DraftItem(text="Varför: Den hör till målet ”Pojkar är motiverade till att lyckas i skolan”.",
    ...                         provenance="suggestion"), stated, "Det här kan ni göra").text
    'Varför: Den hör till målet i ”Stödets förslag” ovan.'
    """

    def back(m: re.Match[str]) -> str:
        where = stated.get(_stated_key(m.group(1)))
        return where if where and heading not in where and len(m.group(1).split()) >= 4 else m.group(0)

    return item.model_copy(update={"text": re.sub(r"”([^”]+)”", back, item.text)})


def asked_before(item: DraftItem, gaps: dict[str, str], heading: str) -> DraftItem:
    """A line to fill in that asks, word for word, what a line of an earlier section asked (the problem formulation
    lists its key figure under 'Nuläge' and again under 'Det vi behöver ta reda på') points back at it instead
    (lättläst: say a long thing once, then refer to it in a few words); it stays a line to fill in. `gaps` collects
    the lines met so far, each with its section's heading.

    >>> gaps = {}
    >>> line = DraftItem(text="Fyll i: hur många flickor som har det här problemet (2023)", gap=True,
    ...                  provenance="suggestion")
    >>> asked_before(line, gaps, "Hur det är nu").text, asked_before(line, gaps, "Det vi inte vet än").text
    ('Fyll i: hur många flickor som har det här problemet (2023)', 'Fyll i: samma som under ”Hur det är nu”')
    """
    key = " ".join(item.text.lower().split())
    first = gaps.setdefault(key, heading)
    if first == heading or not item.text.startswith("Fyll i:") or len(item.text.split()) < 6:
        return item
    return item.model_copy(update={"text": f"Fyll i: samma som under ”{first}”"})


_NUMBERED_HEADING_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+) (?P<number>\d+): (?P<text>.+?)…?$")


def numbered_heading(heading: str, items: list[DraftItem]) -> str | None:
    """A numbered heading that only repeats, cut off, the item under it ('Indikator 1: hur många pojkar och
    flickor som …' over the whole sentence) as a short heading in plain words ('Det ni mäter, nummer 1',
    `lex.EASY_NUMBERED_HEADINGS`): the reader meets the sentence once, whole. None for any other heading.

    >>> numbered_heading("Indikator 2: Känner eleverna till hur de kan…", [DraftItem(
    ...     text="Känner eleverna till hur de kan rapportera mobbning?", citations=[1], provenance="source")])
    'Det ni mäter, nummer 2'
    """
    m = _NUMBERED_HEADING_RE.match(heading)
    plain = lex.EASY_NUMBERED_HEADINGS.get(m.group("label").lower()) if m else None
    if m is None or plain is None or not items:
        return None
    repeated = items[0].text.strip("”").lower().startswith(m.group("text").rstrip(" .?…").lower())
    return f"{plain}, nummer {m.group('number')}" if repeated else None


_RESTATED_RE = re.compile(r"\bsom (?:berörs av:? )?(?P<what>[^,.;:()]+?)(?=\s*(?:,|\(|\.|$))")


def restated_problem(text: str, said: str) -> str:
    """A line to fill in (or a key figure to collect) that repeats, word for word, the problem the user stated
    above it says 'som har det här problemet' instead (lättläst: say a long thing once, then refer to it with a short
    word); the user's own lines keep their words.

    >>> said = "”många pojkar skolkar och har låga betyg”"
    >>> restated_problem("Fyll i: andel flickor som berörs av: många pojkar skolkar och har låga betyg, med år", said)
    'Fyll i: andel flickor som har det här problemet, med år'
    >>> restated_problem("Fyll i: andel flickor som saknar godkänt i svenska (2023)", said)
    'Fyll i: andel flickor som saknar godkänt i svenska (2023)'
    """

    def short(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        return "som har det här problemet" if len(what.split()) >= 3 and what.lower() in said.lower() else m.group(0)

    return _RESTATED_RE.sub(short, text)


def _easy_item(writer: EasyWriter, item: DraftItem) -> list[DraftItem]:
    text = item.text
    quoted = text.startswith("”") and text.rstrip(".").endswith("”")  # the user's own words stay theirs
    if quoted:
        return [item]
    text, quotes = mask_quotes(text)  # a quoted goal from a source stays word for word
    return [i.model_copy(update={"text": unmask(i.text, quotes)}) for i in _easy_masked_item(writer, item, text)]


def _easy_masked_item(writer: EasyWriter, item: DraftItem, text: str) -> list[DraftItem]:
    text = writer.phrases(text)  # whole-item phrases first ('Acceptabelt resultat:' -> 'Bra nog:')
    label_m = _LABEL_RE.match(text)
    label = label_m.group(1) if label_m else ""
    label = lex.EASY_LABELS.get(label.lower(), label)  # 'Utgångsvärde' -> 'Läget nu': a label needs no explanation
    body = text[label_m.end():] if label_m else text
    pieces = [p.removeprefix(EXPLAINED) for p in writer.sentences(body, apart=not label)]
    if not pieces:
        return [item]
    if item.gap:  # one line to fill in: plain words, not cut into sentences or a list
        body = writer.words(gap_note(_PAREN_RE.sub("", body).strip()))
        body = body if body_m_upper(text, label_m) else body[:1].lower() + body[1:]
        return [item.model_copy(update={"text": f"{writer.words(label)}: {body}".rstrip(".") if label else body})]
    if label and pieces[0].startswith("- "):  # 'Källa: Kolada, SCB och …' -> 'Källa:' and one item per entry
        pieces.insert(0, f"{writer.words(label)}:")
    elif label:
        easy_label = writer.words(label)
        # The user's own value keeps its capital: it may be a name that is also a word ('Vara kommun').
        user_capital = item.provenance == "user" and body_m_upper(text, label_m)
        first = pieces[0] if user_capital or _keeps_capital(pieces[0]) else pieces[0][:1].lower() + pieces[0][1:]
        pieces[0] = f"{easy_label}: {first}"
    # The item's short sentences stay one item (the draft keeps its items, and a later step that reuses an item,
    # such as the goal a follow-up plan restates, gets all of it); the entries of an enumeration are items of
    # their own.
    texts: list[str] = []
    listed = False
    for p in pieces:
        if p.startswith("- ") or listed or not texts or texts[-1].endswith(":"):
            texts.append(p[2:] if p.startswith("- ") else p)
        else:
            texts[-1] = f"{texts[-1]} {p}"
        listed = p.startswith("- ")
    quote = item.quote if item.provenance == "user" else ""
    return [item.model_copy(update={"text": t, "quote": quote}) for t in texts]


def gap_note(body: str) -> str:
    """A line to fill in with a note after a dash as two short sentences on the one line (lättläst: one idea per
    sentence, no dash to read past): a note with its own subject and verb as it stands, a list of things after
    'Det kan vara'.

    >>> gap_note("möjliga skäl hos er – våra texter nämner inga för just detta")
    'möjliga skäl hos er. Våra texter nämner inga för just detta'
    >>> gap_note("vad ni redan vet – siffror, det ni har sett och det ni har testat")
    'vad ni redan vet. Det kan vara siffror, det ni har sett och det ni har testat'
    >>> gap_note("utgångsvärde – andel pojkar som saknar godkänt, och vilket år det gäller")
    'utgångsvärde – andel pojkar som saknar godkänt, och vilket år det gäller'
    """
    head, dash, note = body.partition(" – ")
    note = note.strip().rstrip(".")
    if not dash or not head.strip() or len(note.split()) < 2 or " – " in note or "”" in body:
        return body
    words = note.split()
    verb_at = next((i for i, w in enumerate(words[:3]) if is_finite_verb(w.strip(","))), None)
    if verb_at and "," not in " ".join(words[:verb_at]) and _subject_size_at_start(words[:verb_at]) == verb_at:
        return f"{head.rstrip()}. {note[:1].upper()}{note[1:]}"
    if len(head.split()) >= 2 and "," in note and not _has_verb(note.split(",")[0]):
        return f"{head.rstrip()}. Det kan vara {note}"  # 'vet – siffror, …, och vad som prövats': examples
    return body


def body_m_upper(text: str, label_m: re.Match[str] | None) -> bool:
    """Whether the item's text after its label began with a capital in the original (a name stays a name)."""
    rest = text[label_m.end():] if label_m else text
    return rest[:1].isupper()


def _keeps_capital(piece: str) -> bool:
    """A name or an abbreviation at the start ('Björkskolan', 'SCB') keeps its capital after a label."""
    first = _WORD_RE.match(piece)
    return first is not None and (first.group(0).isupper() or is_rare(first.group(0).lower()))
