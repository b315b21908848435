"""Who a plan is written for: the gender pair and the organisation's own words.

The draft code reads every gender pair into the two group slots 'pojkar' (male) and 'flickor' (female) and writes its
own sentences with them, and with school words (elever, rektor, läsår). A socialtjänst, HR or äldreomsorg plan
must say kvinnor/män and brukare/medarbetare instead (trial 22), so the finished draft's own wording is put in the
user's pair and organisation here, once, instead of in every template. What a source says and what the user wrote
is never reworded: a user's item only gets its gender slots back in the user's own pair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant import lexicon as lex
from assistant.schema import Draft, DraftItem

_SCHOOL_PAIR = "pojkar/flickor"
_QUOTED_RE = re.compile(r"”[^”]*”|\"[^\"]*\"")


def gender_pair(messages: Iterable[str], org_kind: str = "") -> str:
    """The pair (a key of `lexicon.GENDER_PAIRS`) the plan is written in: the one the user's figures are about, else
    the one the user names most; with none named, kvinnor/män for an organisation of adults and pojkar/flickor
    otherwise. A school that says 'mammorna' often still writes of the pupils its figures count (review 22).

    >>> gender_pair(["Av deltagarna var 36 procent kvinnor och 64 procent män."])
    'män/kvinnor'
    >>> gender_pair(["Det är nästan alltid mammorna som kallas, inte papporna."]), gender_pair(["Killarna stör."])
    ('pappor/mammor', 'pojkar/flickor')
    >>> gender_pair(["Frånvaron bland pojkarna är 14 %. Det är mammorna som ringer, mammorna som kommer."])
    'pojkar/flickor'
    >>> gender_pair(["Vi är HR-avdelningen."], "hr"), gender_pair(["Vi är Björkskolan."])
    ('män/kvinnor', 'pojkar/flickor')
    """
    sentences = [s for m in messages for s in re.split(r"(?<=[.!?])\s+", m)]
    figured = [s for s in sentences if lex.FIGURE_RE.search(s)]
    for said in (figured, sentences):
        words = Counter(w for s in said for w in re.findall(r"[\wåäöÅÄÖ]+", s.lower()))
        counts = {pair: sum(words[w] for forms in pairs for w in forms[:4])
                  for pair, pairs in lex.GENDER_PAIRS.items()}
        best = max(counts, key=lambda p: counts[p])
        if counts[best]:
            return lex.WRITTEN_PAIR.get(best, best)
    return "män/kvinnor" if org_kind in lex.ADULT_ORG_KINDS else _SCHOOL_PAIR


def _replacements(pair: str, org_kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if pair != _SCHOOL_PAIR:
        for school, said in zip(lex.GENDER_PAIRS[_SCHOOL_PAIR], lex.GENDER_PAIRS[pair], strict=True):
            out.update(zip(school, said, strict=True))
    out.update(lex.ORG_WORDING.get(org_kind, {}))
    return out


def reword(text: str, pair: str, org_kind: str = "") -> str:
    """The assistant's own `text` in the user's gender pair and organisation's words; quoted text stays.

    >>> reword("Andelen pojkar och andelen flickor ska öka; Pojkarnas svar", "män/kvinnor")
    'Andelen män och andelen kvinnor ska öka; Männens svar'
    >>> reword("ange årskurser eller vilka elever målet gäller, per läsår, rektor", "män/kvinnor", "hr")
    'ange vilka medarbetare eller vilken verksamhet målet gäller, per år, HR-chef'
    >>> reword("”64 procent av pojkarna” (ni angav)", "män/kvinnor")
    '”64 procent av pojkarna” (ni angav)'
    """
    table = _replacements(pair, org_kind)
    if not table:
        return text
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\wåäöÅÄÖ-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\wåäöÅÄÖ-])", re.I)

    def swap(m: re.Match[str]) -> str:
        word = m.group(1)
        said = table.get(word) or table.get(word.lower()) or word
        return said[:1].upper() + said[1:] if word[:1].isupper() else said

    parts: list[str] = []
    last = 0
    for quoted in _QUOTED_RE.finditer(text):
        parts += [pattern.sub(swap, text[last:quoted.start()]), quoted.group(0)]
        last = quoted.end()
    parts.append(pattern.sub(swap, text[last:]))
    return "".join(parts if last else [group_once(parts[0])])


def group_once(text: str) -> str:
    """A gender group said once where the target group named for it repeats it (`lexicon.GROUP_TWICE_RE`).

    >>> group_once("Andelen kvinnor bland utrikes födda kvinnor som gick vidare ska öka")
    'Andelen utrikes födda kvinnor som gick vidare ska öka'
    """
    return lex.GROUP_TWICE_RE.sub(lambda m: f"{m.group('who')}{m.group('g')}", text)


def reword_draft(draft: Draft, pair: str, org_kind: str = "", keep: tuple[str, ...] = ()) -> Draft:
    """`draft` with every item of the assistant's own (suggestions, gaps) in the user's pair and organisation; the
    sources' items stay as they stand. The title and the user's items are the user's words: only their gender slots
    (the draft reads every pair as pojkar/flickor) go back to the user's pair, never a school word to the
    organisation's ('Rektor på Björkskolan …' stays; review 22). The sections keyed in `keep` stay as written (an
    edit's section for the audience the user named: 'skriv om för rektor' is for their rektor)."""
    if not _replacements(pair, org_kind):
        return draft

    def own(item: DraftItem) -> DraftItem:
        if item.provenance == "source":
            return item
        return item.model_copy(update={"text": reword(item.text, pair, "" if item.provenance == "user" else org_kind)})
    sections = [s if s.key in keep else s.model_copy(update={"items": [own(i) for i in s.items],
                                                             "heading": reword(s.heading, pair, org_kind)})
                for s in draft.sections]
    return draft.model_copy(update={"title": reword(draft.title, pair), "sections": sections})


def one_group(text: str, group: str) -> str:
    """The assistant's own `text` of both gender groups said of `group` alone (`lexicon.ONE_GROUP_WORDING`); a line
    that weighs the groups against each other ('Fördelningen mellan pojkar och flickor …') stays as it is.

    >>> one_group("Andelen pojkar och andelen flickor i åk 8 som är otrygga ska minska till målvärdet senast "
    ...           "måldatum, och skillnaden mellan pojkar och flickor ska minska", "flickor")
    'Andelen flickor i åk 8 som är otrygga ska minska till målvärdet senast måldatum'
    >>> one_group("målvärde för pojkar och för flickor (vad ni vill nå)", "pojkar")
    'målvärde för pojkar (vad ni vill nå)'
    >>> one_group("Fördelningen mellan pojkar och flickor bland besökarna ska bli jämnare", "flickor")
    'Fördelningen mellan pojkar och flickor bland besökarna ska bli jämnare'
    """
    text = lex.ONE_GROUP_DROPPED.sub("", text)
    if re.search(r"\bmellan (?:pojkar och flickor|flickor och pojkar)\b", text):
        return text
    for pattern, said in lex.ONE_GROUP_WORDING:
        text = pattern.sub(lambda m, s=said: m.expand(s.replace("{g}", group)), text)
    return group_once(text)


def one_group_draft(draft: Draft, group: str) -> Draft:
    """`draft` of a plan about one gender `group` (`UserFacts.one_group`): the assistant's own items and headings name
    that group alone, and a gap that asks only for the other group's figure goes (the user gave no grounds to compare
    it); what the user wrote and what a source says stays. Unchanged when `group` is ''."""
    if not group:
        return draft
    other = next(g for g in lex.GENDER_GROUPS if g != group)

    def names_only_other(item: DraftItem) -> bool:
        slots = {lex.GROUP_WORDS.get(w) for w in re.findall(r"[\wåäö]+", item.text.lower())}
        return item.gap and other in slots and group not in slots

    def own(item: DraftItem) -> DraftItem:
        if item.provenance != "suggestion":
            return item
        return item.model_copy(update={"text": one_group(item.text, group)})
    # a heading is the section's own wording unless its first line is a source's (an indicator quoted from a card)
    sections = [s.model_copy(update={"items": [own(i) for i in s.items if not names_only_other(i)], "heading": s.heading
                                     if s.items and s.items[0].provenance == "source" else one_group(s.heading, group)})
                for s in draft.sections]
    return draft.model_copy(update={"sections": sections})


def reword_phrases(text: str, kind: str) -> str:
    """A dilemma turn's own sentence with the school's parties and law put as `kind`'s (`lexicon.DILEMMA_WORDING`).

    >>> reword_phrases("Vilka elever påverkas mest, enligt skollagen och läroplanen?", "socialtjänst")
    'Vilka påverkas mest, enligt socialtjänstlagen och era egna riktlinjer?'
    """
    for school, said in lex.DILEMMA_WORDING.get(kind, {}).items():
        text = text.replace(school, said)
    return text
