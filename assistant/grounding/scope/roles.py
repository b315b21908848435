"""Whether the role a question asks the task of is named in the best units (refusalC34, issue 12): 'Vilken uppgift
har skolsköterskan i utvecklingsgruppen?' or 'Vad gör kuratorn på sommarskolan?' is not answered by lines on the
group's or the summer school's work that never name a skolsköterska or a kurator: the material has no such role
there, and quoting the others' tasks said it had.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.question import Question
from assistant.grounding.scope.terms import _says_word
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold
from assistant.index.units import units_of

# How many of the best units are read for the asked role (the answer quotes from among them).
ROLE_POOL = 8


def asked_task_role(question: Question) -> str:
    """The role a Swedish question asks the task of, as written ('skolsköterskan'), or '' where it asks none or the
    word after the task is no role title (lexicon.PERSON_TITLE_RE: 'Vilken uppgift har gruppen …?' names a group).

    >>> from assistant.grounding.question import analyse
    >>> [asked_task_role(analyse(q)) for q in ("Vilken uppgift har skolsköterskan i utvecklingsgruppen?",
    ...  "Vad gör kuratorn på sommarskolan?", "Vilken roll har gruppen i arbetet?", "Vad gör kommunen åt det?")]
    ['skolsköterskan', 'kuratorn', '', '']
    """
    if question.language != "sv":
        return ""
    m = lex.ROLE_TASK_QUESTION_RE.match(question.cue_text)
    role = (m.group("role") or m.group("role2")) if m else ""
    return role if role and lex.PERSON_TITLE_RE.match(role) else ""


def role_untold(question: Question, evidence: Sequence[Scored]) -> str:
    """The asked role where none of the best ROLE_POOL units names it in its text, the units beside it, its context
    or headings; '' where one does or the question asks no role's task."""
    role = asked_task_role(question)
    if not role or not evidence:
        return ""
    term = fold(role)
    for s in evidence[:ROLE_POOL]:
        # (with the units beside it: 'Ansvarig: föreningskonsulenten.' closes the line of the measure it owns)
        units = units_of(s.unit.chunk)
        beside = " ".join(u.text for u in units[max(0, s.unit.seq - 1): s.unit.seq + 2])
        if _says_word(f"{beside} {s.unit.context()} {s.unit.chunk.heading_path_text}", term):
            return ""
    return role
