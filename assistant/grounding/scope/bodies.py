"""Named bodies, sources, pieces and school subjects a question asks about, and whether a text names them."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.index.lexical import (
    fold,
    inflection_stem,
    tokenize,
)


def unheard_sources(text: str, corpus_text: str) -> list[str]:
    """Sources of findings a question names that no document mentions in any form ('Vad tyckte studenterna i
    kursvärderingen?' where no document has a 'kursvärdering'); `corpus_text` is the folded text of all documents.

    >>> unheard_sources("Vad tyckte de i kursvärderingen och i enkäten?", "enkaten visade att ... elevenkat")
    ['kursvärderingen']
    >>> unheard_sources("Vilka värderingar ska prägla arbetet? Hur gör vi mätningar?", "utvardering")
    []
    """
    out = []
    for m in lex.SOURCE_NOUN_RE.finditer(text):
        word = m.group(1) or m.group(2)
        stems = tokenize(word)
        if " " in word.strip():  # a phrase ('allmänna råd') is met only as the phrase, not word by word
            stems = [r"\w*\s+".join(re.escape(fold(w)[:-1] if len(w) > 4 else fold(w)) for w in word.split())]
            if not re.search(rf"\b{stems[0]}", corpus_text):
                out.append(word)
        elif stems and not any(re.search(rf"\b{re.escape(stem)}", corpus_text) for stem in stems):
            out.append(word)
    return out


def unheard_units(text: str, corpus_text: str) -> list[str]:
    """An organisation's unit a question names by an adjective or a genitive before its kind ('tekniska
    förvaltningen', 'sociala nämnden', 'kommunens ekonomiavdelning'), that no document names in any form ('teknisk
    förvaltning', 'tekniska förvaltningens', 'Teknikförvaltningen'); `corpus_text` is the folded text of all documents.
    A figure of the whole kommun or of another förvaltning is no figure of it (blind27 BK28).

    >>> unheard_units("Vad var medianlönen för män på tekniska förvaltningen 2025?", "socialforvaltningen ...")
    ['tekniska förvaltningen']
    >>> unheard_units("Vad tjänar kvinnor på sociala förvaltningen?", "i socialforvaltningen ...")
    []
    >>> unheard_units("Vad beslutade nämnden?", ""), unheard_units("Vad gör man på samma förvaltning?", "")
    ([], [])
    """
    out = []
    for m in lex.ORG_UNIT_ASKED_RE.finditer(text):
        word, kind = m.group("word"), m.group("kind")
        if fold(word) in lex.ORG_UNIT_NOT_NAMES:
            continue
        stem = re.escape(fold(word)[:max(4, min(5, len(word) - 2))])
        if not re.search(rf"\b{stem}\w*[\s-]*{re.escape(fold(kind)[:6])}", corpus_text):
            out.append(f"{word} {kind}")
    return out


def asked_body_kind(text: str) -> str:
    """The kind of body a question asks the name of ('Vilka kommuner …?' -> 'kommun'), '' when it asks none.

    >>> asked_body_kind("Vilka kommuner deltog?"), asked_body_kind("Which school won?"), asked_body_kind("Vad gör vi?")
    ('kommun', 'skola', '')
    >>> asked_body_kind("Vad heter de två skolorna som testade det?"), asked_body_kind("Vilken lag reglerar KAA?")
    ('skola', 'lag')
    >>> asked_body_kind("Vilket lag vann?"), asked_body_kind("Vad heter det på engelska?")  # a team; no body
    ('', '')
    >>> asked_body_kind("Vilka var de fyra verksamheterna?"), asked_body_kind("Vilka var de sex elevgrupperna?")
    ('namn', '')
    >>> asked_body_kind("Vad heter folkhögskolan som deltog?")  # a school's name, as 'Vad heter skolan …?'
    'skola'
    >>> asked_body_kind("Vilka tre idrottsföreningar höll i passen?")  # a compound of the kind, counted without 'de'
    'namn'
    >>> asked_body_kind("Vilka två förskollärare ledde passen?"), asked_body_kind("Vilka tre insatser prövades?")
    ('', '')
    >>> asked_body_kind("Vilket kapitel i skollagen gäller?"), asked_body_kind("Vilken paragraf reglerar det?")
    ('paragraf', 'paragraf')
    """
    m = lex.BODY_QUESTION_RE.search(text)
    if m is None:
        return "namn" if lex.NAMED_SET_QUESTION_RE.search(text) else ""
    word = fold(next(g for g in m.groups() if g))
    if word.startswith("kapitel") and not (lex.LAW_NAME_RE.search(text) or lex.STATUTE_WORD_RE.search(text)):
        return ""  # 'Vilket kapitel i rapporten …?' asks a report's heading, no statute's part
    for stem, kind in (("paragraf", "paragraf"), ("kapitel", "paragraf"), ("kommun", "kommun"), ("municip", "kommun"), ("skol", "skola"), ("folkhogskol", "skola"),
                       ("school", "skola"),
                       ("lag", "lag"), ("forordning", "lag"), ("law", "lag"), ("act", "lag"),
                       ("lan", "län"), ("region", "län"), ("count", "län"), ("universit", "universitet"),
                       ("hogskol", "universitet")):
        if word.startswith(stem):
            return kind
    return ""


def names_body(text: str, kind: str, known: str = "") -> bool:
    """Whether `text` names a body of `kind` (lexicon.BODY_NAME_RES): 'Företrädare för skolhuvudmän i Östergötland
    (samtliga kommuner)' names no municipality. A name the question itself states (`known`: its text) answers no
    'which': 'Hösten 2022 var bara 18 procent av besökarna på Kupolens idrottsaktiviteter tjejer.' names no
    idrottsförening for 'Vilka tre idrottsföreningar samarbetade Kupolen med?' (refusal32 probes), though a list of
    names after a colon holding it still names the others.

    >>> names_body("Skolhuvudmän (samtliga kommuner)", "kommun"), names_body("Hjo kommun, maj 2025", "kommun")
    (False, True)
    >>> names_body("Grundskolan ska ge alla elever stöd.", "skola"), names_body("Eleverna på Björkskolan", "skola")
    (False, True)
    >>> names_body("Denna skola har hög närvaro.", "skola"), names_body("Region Östergötland leder arbetet.", "län")
    (False, True)
    >>> names_body("Lerum har flest elever.", "kommun"), names_body("Respektive kommun ansvarar.", "kommun")
    (True, False)
    >>> names_body("Sommarskolan är öppen.", "skola"), names_body("Östra skolan deltog.", "skola")
    (False, True)
    >>> names_body("Jämställd skola", "skola"), names_body("Engelbrekts skola", "skola")
    (False, True)
    >>> names_body("KAA regleras i 29 kap. 9 § skollagen.", "lag"), names_body("Arbetslagen träffas i dag.", "lag")
    (True, False)
    >>> names_body("Skollagen kräver kvalitetsarbete.", "paragraf"), names_body("Se 4 kap. skollagen.", "paragraf")
    (False, True)
    >>> names_body("Besöken räknas på kommunens tre fritidsgårdar: Kupolen, Ängen och Hamnen.", "namn")
    True
    >>> names_body("Aktörer som kan bidra är fritidsgårdar, bibliotek och föreningar.", "namn")
    False
    >>> q = "Vilka tre idrottsföreningar samarbetade Kupolen med?"
    >>> names_body("Besökarna på Kupolens idrottsaktiviteter.", "namn", q)
    False
    >>> names_body("Passen hölls av Hagaby IF.", "namn", q)
    True
    >>> names_body("Hjo kommun, maj 2025", "kommun", "Vilka skolor i Hjo kommun deltog?")
    False
    """
    if kind == "paragraf":  # a statute's part by its number ('29 kap.', '§ 9'): naming the law is not enough
        return lex.LAW_PART_RE.search(text) is not None
    if kind == "lag":  # a statute by its number or short name (lexicon.LAW_NAME_RE)
        return lex.LAW_NAME_RE.search(text) is not None
    if kind == "namn" and lex.NAMED_ENUMERATION_RE.search(text):
        return True  # 'fritidsgårdar: Kupolen, Ängen och Hamnen' names them, though each is also a common noun
    stated = frozenset(w for w in tokenize(known) if len(w) >= KNOWN_NAME_MIN)

    def own(words: list[str]) -> bool:  # every word of the name is the question's ('Kupolens' of 'Kupolen')
        return bool(stated) and all(any(t in stated for t in tokenize(w)) for w in words)

    for m in lex.BODY_NAME_RES[kind].finditer(text):
        words = m.group(0).split()
        if own([w for w in words if w[0].isupper()] or words):
            continue
        first = words[0].lower()
        if len(words) == 1:  # 'Björkskolan': a compound rare in the language at large, not a kind of school
            if zipf_frequency(first, "sv") < lex.RARE_BODY_NAME_ZIPF and first.rstrip("n") not in lex.SCHOOL_KINDS:
                return True
        elif first not in _NOT_BODY_NAMES and not (words[-1] in ("skola", "gymnasium") and _adjective(first)):
            return True
    # A municipality is often named bare ('Lerum har flest elever').
    return kind == "kommun" and any(not own([m.group(0)]) for m in _municipality_name_re().finditer(text))


def _piece_stem(word: str) -> str:
    """The stem a piece's name is met by in its other forms ('debattartikeln' -> 'debattartik', 'brevet' -> 'brev')."""
    word = fold(word)
    return word[:-2] if word.endswith(("eln", "len")) else inflection_stem(word)[: max(4, len(word) - 3)]


def names_piece(text: str, word: str) -> bool:
    """Whether `text` names the piece `word` (an article, a letter: lexicon.PIECE_CONTENT_QUESTION_RE) in any form."""
    return re.search(rf"\b{re.escape(_piece_stem(word))}", fold(text)) is not None


def says_content(text: str, word: str) -> bool:
    """Whether a sentence naming the piece `word` says what it held, after naming it (lexicon.PIECE_CONTENT_RE).

    >>> says_content("Vi har skrivit en debattartikel som publicerades i Östgöta Correspondenten.", "debattartikeln")
    False
    >>> says_content("I en debattartikel i ÖC skrev vi att skolnärvaro är allas ansvar.", "debattartikeln")
    True
    >>> says_content("Nämnden skickade ett brev om läxhjälpen till alla vårdnadshavare.", "brevet")
    True
    """
    m = re.search(rf"\b{re.escape(_piece_stem(word))}\w*", fold(text))
    return m is not None and lex.PIECE_CONTENT_RE.search(fold(text)[m.end():]) is not None


def school_subjects(text: str) -> list[str]:
    """The school subjects (lexicon.SCHOOL_SUBJECT_WORDS) `text` names, in any inflection ('svenskan', 'matematiken').

    >>> school_subjects("De hade F i matematik och svenskan men inte i något mer ämne.")
    ['matematik', 'svenska']
    """
    return [w for w in lex.SCHOOL_SUBJECT_WORDS if re.search(rf"\b{w}\w*", text, re.I)]


def _adjective(word: str) -> bool:
    """Whether a word before an indefinite noun is an adjective ('jämställd', 'trygg', 'inkluderande'): it has a
    common form in -a (lexicon.ADJECTIVE_PLURAL_ZIPF) or is a present participle. A genitive ('Engelbrekts') is none."""
    if word.endswith("s"):
        return False
    return word.endswith(("ande", "ende")) or zipf_frequency(word + "a", "sv") >= lex.ADJECTIVE_PLURAL_ZIPF


# How long a word of the question must be to count as a name it states (names_body): shorter ones ('i', 'de') are no
# names.
KNOWN_NAME_MIN = 3
_NOT_BODY_NAMES = lex.BODY_DETERMINERS | lex.SUBJECT_DETERMINERS | lex.POSSESSIVES | lex.NOT_NAMES


@lru_cache(maxsize=1)
def _municipality_name_re() -> re.Pattern[str]:
    """Municipality names as written in documents (capitalised, with diacritics); those that are also ordinary
    words are left out. (`question._municipality_re` is its folded twin for questions typed in lower case.)"""
    names = sorted((n for n in lex.MUNICIPALITIES if n not in lex.MUNICIPALITIES_ALSO_WORDS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
