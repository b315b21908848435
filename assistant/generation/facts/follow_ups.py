"""The user's own follow-ups (what they say they will do next, and who does it), for drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.generation.facts.markup import _plain
from assistant.generation.facts.words import is_finite_verb
from assistant.index.sentences import split_at_stops


@dataclass(frozen=True)
class OwnFollowUp:
    """A way of following up the user said they use ('Vi filmar samlingar igen varje höst'): the indicator kind it
    measures (`lexicon.INDICATOR_KINDS`), their clause, how often and which role answers for it ('' when not said,
    or said as 'vi')."""

    kind: str
    clause: str
    often: str
    who: str
    source: str = ""  # where its figures are taken from, in their words ('elevregistret'), '' when not said
    # What it follows, in the user's words: its own clause, or the earlier clause of the message whose method it goes
    # on about ('Lena Ström sammanställer samtalen' after '… håller ett avbrottssamtal …'); matched to an indicator's
    # measure (extractive/drafts.follow_up_plan)
    about: str = ""
    method: bool = True  # the clause names a method of its own (a 'Mått'), not only who or how often


# Where a sentence's main clauses are coordinated: ', och …', or 'och' before a new subject and its verb ('… varje höst
# och pedagogerna för loggbok …'); general Swedish.
_NEXT_MAIN_CLAUSE_RE = re.compile(r",\s*(?:och|men)\s+|;\s*|\s+och\s+(?=(?:vi|ni|de|[\wåäö]+(?:na|en|et|n))\s+\w)",
                                  re.I)


def own_follow_ups(messages: list[str]) -> list[OwnFollowUp]:
    """The ways of following up the user's messages say they use: a clause with a method (`lexicon.
    FOLLOW_UP_METHOD_KINDS`: filming, a logbook, a survey …) and how often (`FOLLOW_UP_FREQUENCY_RE`) or who answers
    for it (`FOLLOW_UP_RESPONSIBLE_RE`, or a role as its subject: 'pedagogerna för loggbok varje vecka'). Trial 28:
    the plan said 'två gånger per termin' and 'Ansvarig: arbetslaget' over the user's own method.

    >>> [(o.kind, o.often, o.who) for o in own_follow_ups(["Gör en uppföljningsplan för målet. Vi filmar samlingar "
    ...     "igen varje höst och pedagogerna för loggbok varje vecka."])]
    [('observation', 'varje höst', ''), ('process', 'varje vecka', 'pedagogerna')]
    >>> [(o.kind, o.often, o.who) for o in own_follow_ups(["Filmningen görs varje höst, och ateljeristan ansvarar "
    ...     "för att sammanställa loggböckerna."])]
    [('observation', 'varje höst', ''), ('process', '', 'ateljeristan')]
    >>> own_follow_ups(["Vi har en ateljerista och samarbetar med biblioteket."])
    []
    >>> own_follow_ups(["Hagaskolan åk 7–9: i trivselenkäten 2025 svarade 71 % av flickorna att de är trygga."])
    []
    >>> [(o.kind, o.often, o.who, o.source, o.method) for o in own_follow_ups(["Vi tar ut examensgraden ur "
    ...     "elevregistret varje juni, och mentorerna håller ett avbrottssamtal med varje elev som slutar. Biträdande "
    ...     "rektor Lena Ström sammanställer samtalen varje termin."])]
    [('results', 'varje juni', '', 'elevregistret', True), ('results', '', 'mentorerna', '', True), \
('results', 'varje termin', 'biträdande rektor Lena Ström', '', False)]
    """
    out: list[OwnFollowUp] = []
    for message in messages:
        last: OwnFollowUp | None = None  # the message's follow-up before, which a later clause may go on about
        for sentence in split_at_stops(_plain(message)):
            for clause in _main_clauses(sentence):
                kind = next((k for k, pattern in lex.FOLLOW_UP_METHOD_KINDS if pattern.search(clause)), "")
                # ... a month alone when the clause does the method ('Enkäten görs i april'), not when it compiles
                # or reports it ('… sammanställer observationerna och redovisar dem för mig i november': its month
                # is the feedback's, `own_feedback`)
                often = lex.FOLLOW_UP_FREQUENCY_RE.search(clause) or (
                    lex.FOLLOW_UP_MONTH_RE.search(clause) if kind and not lex.FOLLOW_UP_COMPILING_RE.search(clause)
                    and not lex.FOLLOW_UP_REPORT_RE.search(clause) else None)
                responsible = lex.FOLLOW_UP_RESPONSIBLE_RE.match(clause)
                first = (clause.split() or [""])[0]
                subject = first.lower() if first.lower() not in lex.OWN_ORG_SUBJECTS and re.fullmatch(
                    r"[\wåäö]+(?:na|an|en|n)", first.lower()) and not lex.FOLLOW_UP_METHOD_KINDS[0][1].match(first) \
                    and not any(p.match(first) for _, p in lex.FOLLOW_UP_METHOD_KINDS) else ""
                who = responsible.group("who").lower() if responsible else subject
                named = _named_doer(clause)
                if named and (responsible or not subject or named.split()[0] == first):  # 'Sanna Holm …' is a name
                    who = named  # 'Lena Ström ansvarar …' keeps her name as written
                if who in lex.OWN_ORG_SUBJECTS:
                    who = ""
                about, method = clause, bool(kind)
                if not kind and last is not None and (often or who) and _goes_on_about(clause, last.about):
                    # 'Biträdande rektor Lena Ström sammanställer samtalen varje termin' after '… håller ett
                    # avbrottssamtal …': who and how often for the follow-up before (trial 29)
                    kind, about = last.kind, f"{last.about}; {clause}"
                elif kind and last is not None and kind == last.kind and who and not often and \
                        lex.FOLLOW_UP_COMPILING_RE.search(clause):
                    # 'förskollärare Nora Ekholm sammanställer observationerna …' after 'Vi observerar den fria leken
                    # …': who compiles the follow-up before, no method of its own (trial 30: she was put on a third
                    # indicator of her own)
                    about, method = f"{last.about}; {clause}", False
                if not kind or not (often or responsible or who):
                    continue
                if lex.FIGURE_RE.search(clause) and not often and not responsible:
                    # a result read from the method ('Hagaskolan åk 7–9: i trivselenkäten 2025 svarade 71 % …'), not how
                    # they follow up (drafts32: it became 'Mått: …' and 'Ansvarig: hagaskolan')
                    continue
                source = lex.FOLLOW_UP_SOURCE_RE.search(clause)
                # ... or the survey they named by its own name ('Vi gör trivselenkäten …'; trial 31 said 'egen
                # elevenkät (t.ex. LUPP)')
                survey = re.search(r"\b\w+enkät\w*", clause, re.I) if kind == "experience" and method else None
                last = OwnFollowUp(kind, clause[:1].upper() + clause[1:], often.group(0).lower() if often else "",
                                   who, source.group("source").lower() if source else
                                   survey.group(0).lower() if survey else "", about, method)
                out.append(last)
    return out


@dataclass(frozen=True)
class OwnFeedback:
    """To whom and when the user says the results are reported ('jag redovisar dem för huvudmannen i juni'): the
    plan's feedback in their words."""

    clause: str
    text: str  # 'Resultaten redovisas för huvudmannen i juni'


def own_feedback(messages: list[str]) -> list[OwnFeedback]:
    """The user's own feedback of results (`lexicon.FOLLOW_UP_REPORT_RE`), each once, said as the plan's sentence:
    the doer they name keeps their name, 'jag'/'vi' are left out (trial 31: 'jag redovisar dem för huvudmannen i
    juni' was dropped from the plan).

    >>> [f.text for f in own_feedback(["Vi gör trivselenkäten varje år i april, kurator Sanna Holm sammanställer "
    ...     "resultaten per kön och årskurs, och jag redovisar dem för huvudmannen i juni."])]
    ['Resultaten redovisas för huvudmannen i juni']
    >>> [f.text for f in own_feedback(["Förskollärare Nora Ekholm sammanställer observationerna och redovisar dem "
    ...     "för mig i november."])]
    ['Förskollärare Nora Ekholm redovisar resultaten för er i november']
    >>> own_feedback(["Vi redovisar för flickorna hur de kan söka."])
    []
    """
    out: list[OwnFeedback] = []
    for message in messages:
        for sentence in split_at_stops(_plain(message)):
            for clause in _main_clauses(sentence):
                m = lex.FOLLOW_UP_REPORT_RE.search(clause)
                if m is None or not lex.FOLLOW_UP_ABOUT_RESULTS_RE.search(clause[:m.end("verb") + 40]):
                    continue
                whom = lex.FOLLOW_UP_REPORT_PRONOUNS.get(m.group("whom").lower(), m.group("whom"))
                when = f" {m.group('when').strip()}" if m.group("when") else ""
                verb = m.group("verb").lower()
                doer = _named_doer(clause) or (
                    lex.FOLLOW_UP_RESPONSIBLE_RE.match(clause) and "")  # a role they name, else none
                if doer:
                    active = verb if verb.endswith("ar") else f"{verb[:-1]}r"
                    text = f"{doer[:1].upper()}{doer[1:]} {active} resultaten för {whom}{when}"
                else:
                    text = f"Resultaten {verb if verb.endswith('s') else verb[:-1] + 's'} för {whom}{when}"
                if all(f.text != text for f in out):
                    out.append(OwnFeedback(clause[:1].upper() + clause[1:], text))
    return out


def _main_clauses(sentence: str) -> list[str]:
    """A sentence's main clauses (`_NEXT_MAIN_CLAUSE_RE`), a clause after a comma that opens with a doer named by
    name and a finite verb one of its own ('Vi gör trivselenkäten varje år i april, kurator Sanna Holm sammanställer
    resultaten …'; trial 31 read the two as one)."""
    out: list[str] = []
    for clause in _NEXT_MAIN_CLAUSE_RE.split(sentence.strip(" .!?")):
        parts = clause.split(",")
        current = parts[0]
        for part in parts[1:]:
            if _named_doer(part.strip()):
                out.append(current)
                current = part
            else:
                current = f"{current},{part}"
        out.append(current)
    return [c.strip(" ,.;:!?") for c in out if c.strip(" ,.;:!?")]


def _named_doer(clause: str) -> str:
    """The doer a clause names by role and name ('Biträdande rektor Lena Ström sammanställer …' -> 'biträdande rektor
    Lena Ström'; `lexicon.FOLLOW_UP_NAMED_DOER_RE`), the name as written; '' when none or the words after it are no
    finite verb."""
    m = lex.FOLLOW_UP_NAMED_DOER_RE.match(clause)
    if m is None or not is_finite_verb(m.group("verb")):
        return ""
    who = m.group("who")
    words = who.split()
    if len(words) > 2:  # role words before the name: written in lower case inside a sentence
        who = who[:1].lower() + who[1:]
    return who


def _goes_on_about(clause: str, earlier: str) -> bool:
    """Whether a clause's definite nouns take up what an earlier clause named ('sammanställer samtalen' after
    'avbrottssamtal', 'ansvarar för sammanställningen' after 'tar ut examensgraden …'): a noun whose stem ends a word
    of the earlier clause, or a compiling of it ('sammanställningen', 'sammanställer').

    >>> _goes_on_about("Lena Ström sammanställer samtalen varje termin", "mentorerna håller ett avbrottssamtal")
    True
    >>> _goes_on_about("Rektorn läser varje vecka", "Vi filmar samlingar")
    False
    """
    if lex.FOLLOW_UP_COMPILING_RE.search(clause):
        return True
    said = [w.lower() for w in re.findall(r"[\wåäö]+", earlier) if len(w) >= 5]
    for word in re.findall(r"[\wåäö]+", clause.lower()):
        stem = re.sub(r"(?:erna|arna|orna|en|et|na|n)$", "", word)
        if len(stem) >= 4 and word != stem and any(w.endswith(stem) or w.startswith(stem) for w in said):
            return True
    return False
