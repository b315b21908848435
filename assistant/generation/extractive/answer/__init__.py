"""The `fraga` answer without a language model: the unit, list or figure that answers, first, with exact citations.

Selection and the refusal decision are made before this (grounding/selection/,
grounding/scope/), for every backend; this package only writes them out in Swedish, split by job: quoting.py
(quoting and citing a unit), lists.py (which list answers), sentences.py (which sentences a prose answer quotes),
refusal.py (the refusal) and write.py (`answer`, `write_answer`). The names below are re-exported so that
`from assistant.generation.extractive.answer import X` keeps working.
"""

from __future__ import annotations

from assistant.generation.extractive.answer.lists import (
    _dated_by_its_document as _dated_by_its_document,
)
from assistant.generation.extractive.answer.lists import (
    _items_after as _items_after,
)
from assistant.generation.extractive.answer.lists import (
    _items_compete as _items_compete,
)
from assistant.generation.extractive.answer.lists import (
    _write_list as _write_list,
)
from assistant.generation.extractive.answer.quoting import (
    Written as Written,
)
from assistant.generation.extractive.answer.quoting import (
    _clean as _clean,
)
from assistant.generation.extractive.answer.quoting import (
    _key as _key,
)
from assistant.generation.extractive.answer.quoting import (
    cite_unit as cite_unit,
)
from assistant.generation.extractive.answer.quoting import (
    cite_units as cite_units,
)
from assistant.generation.extractive.answer.quoting import (
    row_sentence as row_sentence,
)
from assistant.generation.extractive.answer.quoting import (
    table_header as table_header,
)
from assistant.generation.extractive.answer.refusal import (
    write_refusal as write_refusal,
)
from assistant.generation.extractive.answer.sentences import (
    NEAR_TIE as NEAR_TIE,
)
from assistant.generation.extractive.answer.sentences import (
    _near_tie as _near_tie,
)
from assistant.generation.extractive.answer.sentences import (
    _pick_sentences as _pick_sentences,
)
from assistant.generation.extractive.answer.sentences import (
    takes_next_step as takes_next_step,
)
from assistant.generation.extractive.answer.write import (
    answer as answer,
)
from assistant.generation.extractive.answer.write import (
    write_answer as write_answer,
)
from assistant.generation.extractive.answer.write import (
    write_pick as write_pick,
)
from assistant.generation.extractive.answer.write import (
    yesno_lead as yesno_lead,
)
