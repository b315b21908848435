"""The `dilemma` discussion support: match the situation to the report's workshop dilemmas by meaning (or
title), restate it, bring grounded perspectives, ask the workshop's own questions; over several turns take up
the participant's argument, offer the counter-perspective and the next question – never settle it.
"""

from assistant.generation.extractive.dilemma.material import (
    COLLECTION_WORD_CHUNKS,
    FOCUS_BONUS,
    HEAD_LETTERS,
    INFLECTION_LETTERS,
    MODIFIER_LETTERS,
    OWN_SUBJECT_SHARE,
    QUESTION_OPENING_WORDS,
    SUBJECT_MAX_SHARE,
    _holds,
    _is_perspective,
    _specific_terms,
)
from assistant.generation.extractive.dilemma.participant import (
    ASKED_BACK,
    _claim,
    _counter_view,
    _parties_ask,
    _restate,
    _sides,
    _their_argument,
    asks_for_more_perspectives,
)
from assistant.generation.extractive.dilemma.turn import (
    ANSWER_ASKED,
    BUILT_FROM_PERSPECTIVES,
    BUILT_QUESTIONS,
    CLOSINGS,
    MORE_OWN_QUESTIONS,
    NEAR_TENSION_NOTE,
    NEAR_TENSION_VIEWS,
    NEAREST_COUNTER_LEAD,
    NEAREST_LEAD,
    NO_COUNTER_NOTE,
    NO_PERSPECTIVE_NOTE,
    NOT_DISCUSSED_NOTE,
    OTHER_SIDE_PROMPTS,
    OWN_QUESTION,
    OWN_VIEW_QUESTION,
    PERSPECTIVE_QUESTION,
    REASON_ASKED,
    REASON_QUESTION,
    SIDE_QUESTION,
    SUMMARY_CLOSING,
    SUMMARY_PERSPECTIVES,
    SUMMARY_QUESTIONS,
    UNCOVERED_LEAD,
    _reason,
    dilemma,
    goes_on_dilemma,
    in_dilemma_talk,
)
from assistant.generation.extractive.dilemma.workshops import (
    CARD_SHARED_WORD_LETTERS,
    Workshop,
    general_questions,
    title_only_note,
    workshops,
)

# The public names, and the private ones that callers imported from the module before it was split.
__all__ = [
    "ANSWER_ASKED", "ASKED_BACK", "BUILT_FROM_PERSPECTIVES", "BUILT_QUESTIONS", "CARD_SHARED_WORD_LETTERS",
    "CLOSINGS", "COLLECTION_WORD_CHUNKS", "FOCUS_BONUS", "HEAD_LETTERS", "INFLECTION_LETTERS", "MODIFIER_LETTERS",
    "MORE_OWN_QUESTIONS", "NEAREST_COUNTER_LEAD", "NEAREST_LEAD", "NEAR_TENSION_NOTE", "NEAR_TENSION_VIEWS",
    "NO_COUNTER_NOTE", "NO_PERSPECTIVE_NOTE",
    "NOT_DISCUSSED_NOTE", "OTHER_SIDE_PROMPTS",
    "OWN_QUESTION", "OWN_SUBJECT_SHARE", "OWN_VIEW_QUESTION", "PERSPECTIVE_QUESTION", "QUESTION_OPENING_WORDS",
    "REASON_ASKED", "REASON_QUESTION", "SIDE_QUESTION", "SUBJECT_MAX_SHARE", "SUMMARY_CLOSING", "SUMMARY_PERSPECTIVES",
    "SUMMARY_QUESTIONS", "UNCOVERED_LEAD", "Workshop", "asks_for_more_perspectives", "dilemma",
    "general_questions", "goes_on_dilemma", "in_dilemma_talk", "title_only_note", "workshops", "_claim",
    "_counter_view", "_holds", "_is_perspective", "_parties_ask", "_reason", "_restate", "_sides",
    "_specific_terms", "_their_argument"
]
