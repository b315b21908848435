"""Whether a cost asked of ONE named item is a field of that item (refusal38b, issue 12; dates are left to the day
rules, which refuse naming the missing date).

Plans and analyses list their measures as items with fields ('3. Lärarlaget tar fram ett samtalsstöd … Ansvarig:
lärarlaget i musik. Klart senast den 31 december 2025.'), and give a field to some items only. 'Vad kostar
samtalsstödet?' asked of an item without a 'Kostnad:' was answered with another item's cost, or with a sum sentence
('Åtgärderna 1 och 4 kostar sammanlagt 210 000 kronor …', blind40 KS36). The asked thing is the rarest asked word
the documents use: where its own lines are among the best units (positive evidence that the material speaks of it),
an amount answers only when its own line, the unit before it or the numbered item it runs on from names that thing.
The others are fields of other items, and the answer would pass them off as the asked one's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.grounding.scope.terms import named_by_own_item, names_asked
from assistant.grounding.selection import Scored
from assistant.schema import Chunk

# How many of the best units are read for the asked item's own lines.
ITEM_POOL = 8


def own_item_figures(figures: Sequence[Scored], evidence: Sequence[Scored], forms: Sequence[str],
                     document_text: Callable[[Chunk], str] | None) -> list[Scored]:
    """The figures (of a cost question) whose own line names the asked thing (`forms`: its rarest asked
    word as the question writes it), where some of the best ITEM_POOL units do; all of them where none does (no
    evidence that the material has lines of that thing, so nothing to tell its fields from another's) or where a
    table row is among the best figures.

    >>> from assistant.index.units import units_of
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=text[:30], source="s",
    ...     title="Analys", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> units = scored("1. Alla får prova på trummor. Kostnad: 120 000 kronor.\\n\\n2. Lärarna får ett samtalsstöd. "
    ...                "Ansvarig: lärarlaget.\\n\\n3. Broschyren ses över.\\n\\n"
    ...                "Åtgärd 1 kostar sammanlagt 120 000 kronor.")
    >>> figures = [s for s in units if "kronor" in s.unit.text]
    >>> [len(own_item_figures(figures, units, [t], None)) for t in ("samtalsstod", "trumm", "cello")]
    [0, 1, 2]
    """
    if any(s.unit.kind == "row" for s in figures[:ITEM_POOL]):
        # (a cost table's rows, 'Elevhälsopersonal 2 400 tkr', 'SYV + samordnare nyanlända 700 tkr', name their item
        # in the document's words, which the asker's may not be ('anställa fler i elevhälsan'): the table rules read
        # rows; test_uploaded_tables30 was refused)
        return list(figures)
    own = [s for s in evidence[:ITEM_POOL] if any(names_asked(s.unit, f, document_text, near=True) for f in forms)]
    if not own:
        return list(figures)
    return [s for s in figures if s in own or any(names_asked(s.unit, f, document_text, near=True)
                                                   or named_by_own_item(s.unit, f) for f in forms)]
