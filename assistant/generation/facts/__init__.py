"""The user's own situation, read from their messages: organisation, school, grades, target group, figures
(with year, unit and group), the problem they see and what they have tried, plus what does not add up.

Pure functions over text; the Swedish wording lives in `assistant.lexicon`. Drafts quote these facts back
with provenance `user` and name what is missing as gaps instead of inventing it.
"""

from assistant.generation.facts.follow_ups import OwnFollowUp, own_follow_ups
from assistant.generation.facts.markup import clean_name, has_code
from assistant.generation.facts.messages import extract_facts, with_complements
from assistant.generation.facts.model import (
    Figure,
    Target,
    UserFacts,
    is_change,
    measures,
    org_kind,
    own_unit,
    place_kind,
    said_change,
    target_measure,
)
from assistant.generation.facts.shares import group_qualifier, percent, verb_before
from assistant.generation.facts.stated_targets import current_clauses, read_stated_target, stated_target
from assistant.generation.facts.words import (
    _alike,
    _content_words,
    around,
    coordinated_clauses,
    for_both,
    for_group,
    genitive_group,
    is_finite_verb,
    main_order,
    predicate,
    relative,
    shorten_topic,
    user_source,
    without_time,
)

# The public names, and the private ones that callers imported from the module before it was split.
__all__ = [
    "Figure", "OwnFollowUp", "Target", "UserFacts", "around", "clean_name", "coordinated_clauses",
    "current_clauses", "extract_facts", "for_both", "for_group", "genitive_group", "group_qualifier", "has_code",
    "is_change", "is_finite_verb", "main_order", "measures", "org_kind", "own_follow_ups", "own_unit", "percent",
    "place_kind", "predicate", "read_stated_target", "relative", "said_change", "shorten_topic", "stated_target",
    "target_measure", "user_source", "verb_before", "with_complements", "without_time", "_alike", "_content_words"
]
