"""What a refusal points at, kept to the document the question names, and what it says is missing, kept to what
that document does not speak of (trial 30 #7).

'Hur många procentenheter minskade frånvaron i Karlskogas grundskolor efter projektet?' was refused with an HR
upload's sjukfrånvaro row as the nearest passage: a passage of a document that never names Karlskoga says nothing of
it, while the Karlskoga report's own lines were there. And 'Hur hög var männens sjukfrånvaro i Hagsjö kommun 2022?'
was refused as having 'inga uppgifter … om Hagsjö kommun och 2022' about Hagsjö's own report: only 2022 is missing.

So, for a refusal: where some of the best units' documents speak of every place or organisation the question names
and others do not, the others are foreign (the nearest passage is not taken from them); and the subjects said to be
missing are those the nearest document does not speak of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.grounding.question import Question, Subject
from assistant.grounding.selection import Scored, subject_is_covered
from assistant.index.lexical import fold
from assistant.schema import Chunk

if TYPE_CHECKING:
    from assistant.grounding.scope.verdict import Verdict

# How many of the best units are read for the documents a refusal may point at.
FOCUS_POOL = 16


def document_key(chunk: Chunk) -> str:
    """Which document a chunk is of."""
    return chunk.path or chunk.source


def document_words(chunk: Chunk, document_text: Callable[[Chunk], str]) -> str:
    """A chunk's document as the place test reads it: its title and text, folded."""
    return fold(f"{chunk.title}\n{document_text(chunk)}")


def names_every_name(question: Question, document_text: Callable[[Chunk], str] | None
                     ) -> Callable[[Chunk], bool] | None:
    """Whether a chunk's document speaks of every place or organisation the question names (each document read once);
    None where the question names none or no document text is at hand."""
    names = [s for s in question.subjects if s.kind == "name"]
    if not names or document_text is None:
        return None
    texts: dict[str, str] = {}

    def names_all(chunk: Chunk) -> bool:
        key = document_key(chunk)
        if key not in texts:
            texts[key] = document_words(chunk, document_text)
        return all(subject_is_covered(s, [texts[key]]) for s in names)

    return names_all


def focus_refusal(verdict: Verdict, question: Question, ranked: Sequence[Scored],
                  document_text: Callable[[Chunk], str] | None) -> Verdict:
    """The refusal with its foreign documents and uncovered subjects set (module doc); an answer as it is."""
    if verdict.answer or document_text is None or not question.subjects or question.language != "sv":
        return verdict
    pool = [*verdict.evidence[:FOCUS_POOL], *ranked[:FOCUS_POOL]]
    chunks: dict[str, Chunk] = {}
    for s in pool:
        chunks.setdefault(document_key(s.unit.chunk), s.unit.chunk)
    texts = {key: document_words(chunk, document_text) for key, chunk in chunks.items()}

    def covers(key: str, subject: Subject) -> bool:
        if subject.kind == "year" and not subject.text.isdigit():
            return False  # a month of a year ('oktober 2020') is judged by the verdict itself, and said as asked
        return subject_is_covered(subject, [texts[key]])

    names = [s for s in question.subjects if s.kind == "name"]
    naming = {key for key in chunks if names and all(covers(key, s) for s in names)}
    foreign = frozenset(key for key in chunks if naming and key not in naming)
    uncovered = verdict.uncovered
    # the document the nearest passage will come from: the best one that is not foreign
    nearest = next((document_key(s.unit.chunk) for s in pool if document_key(s.unit.chunk) not in foreign), None)
    if nearest is not None:
        said = verdict.missing if verdict.reason == "subject" and verdict.missing else question.subjects
        uncovered = [s for s in said if not covers(nearest, s)]
    return replace(verdict, foreign=foreign, uncovered=uncovered)
