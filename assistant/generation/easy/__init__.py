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

from assistant.generation.easy.clauses import (
    by_means,
    contrast_clause,
    correlative_pair,
    fronted_cause,
    fronted_condition,
    fronted_purpose,
    fronted_shared_subject,
    gapped_verb,
    inserted_aside,
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
    subject_aside_relative,
    subject_comma,
    subject_relative,
    trailing_clause,
    where_clause,
    without_cleft,
)
from assistant.generation.easy.drafts import (
    asked_before,
    body_m_upper,
    checked_label,
    easy_draft,
    gap_note,
    numbered_heading,
    quoted_before,
    restated_problem,
)
from assistant.generation.easy.grammar import (
    is_definite_noun,
    is_finite_verb,
    is_past_passive,
    is_rare,
)
from assistant.generation.easy.lists import (
    att_list,
    clause_list,
    enumeration,
    glued_heading,
    numbered_list,
    parts_list,
    trailing_examples,
)
from assistant.generation.easy.measure import (
    lix,
    lix_sentences,
)
from assistant.generation.easy.writer import (
    EASY_SOURCE_WORDS,
    EXPLAINED,
    EasyWriter,
    cited_sentences,
    closest_passage,
    drop_debris,
    easy_answer,
    easy_facilitation,
    easy_text,
    list_lead_alone,
    mask_quotes,
    same_twice,
    unfold_compound,
    unmask,
)

__all__ = [
    "EASY_SOURCE_WORDS",
    "EXPLAINED",
    "EasyWriter",
    "asked_before",
    "att_list",
    "body_m_upper",
    "by_means",
    "checked_label",
    "cited_sentences",
    "clause_list",
    "contrast_clause",
    "correlative_pair",
    "closest_passage",
    "drop_debris",
    "easy_answer",
    "easy_draft",
    "easy_facilitation",
    "easy_text",
    "enumeration",
    "fronted_cause",
    "fronted_condition",
    "fronted_purpose",
    "fronted_shared_subject",
    "gap_note",
    "gapped_verb",
    "glued_heading",
    "inserted_aside",
    "is_definite_noun",
    "is_finite_verb",
    "is_past_passive",
    "is_rare",
    "list_lead_alone",
    "lix",
    "lix_sentences",
    "mask_quotes",
    "new_thing_relative",
    "numbered_heading",
    "numbered_list",
    "parentheses_out",
    "part_of",
    "parts_list",
    "plural_subject",
    "question_purpose",
    "quoted_before",
    "relative_clause",
    "reported_clause",
    "restated_problem",
    "same_twice",
    "sentential_which",
    "shared_auxiliary",
    "shared_subject",
    "so_that",
    "subject_comma",
    "subject_aside_relative",
    "subject_relative",
    "trailing_clause",
    "trailing_examples",
    "unfold_compound",
    "unmask",
    "where_clause",
    "without_cleft",
]
