"""The scores, shares and pools that tune unit selection, in one place so they are read and changed together."""

from __future__ import annotations

import re

from assistant import lexicon as lex

_URL_RE = re.compile(r"https?://|www\.", re.I)
# e5 similarity below which a unit is unrelated to a question (e5 scores unrelated Swedish text about 0.75–0.80).
DENSE_FLOOR = 0.80
# How much lower a note of a notes section scores than body text that fits a question as well ('Fotnoter' at a report's
# end: a note may answer what the text does not say, never instead of the text that says it).
NOTE_GIVES_WAY = 0.15
# How much lower a unit of an earlier message an e-mail quotes scores (units.Unit.earlier): the reply says what was
# agreed, the quoted proposal only what was asked; it gains as much where the question asks what came first.
EARLIER_GIVES_WAY = 0.35
# A footnote answers as body text does when it holds this share of the question's own words (by weight), and at least
# NOTE_SHARED_TERMS of them; a short one that cites a work (CITED_NOTE_WORDS, as ingest.classify) says only where a
# claim comes from.
NOTE_HOLDS_QUESTION = 0.6
NOTE_SHARED_TERMS = 2
CITED_NOTE_WORDS = 15
# How much a unit's context (its list intro, sub-heading or section heading) adds to its own word overlap.
CONTEXT_SHARE = 0.5
# A unit under a sub-heading that names what the question asks (see UnitSelector._aspect_fit) gains this much;
# the sub-heading must hold this share of the question's weight, and the passage this share of the rest.
ASPECT_BONUS = 0.25
ASPECT_SHARE = 0.1
ASPECT_TOPIC_SHARE = 0.6
# A follow-up's unit that holds none of the follow-up's own words loses this much, when one among the best
# FOLLOW_UP_POOL units holds them.
FOLLOW_UP_MISS = 0.2
FOLLOW_UP_POOL = 30
# A follow-up's unit within ANCHOR_AFTER lines after a passage the previous answer quoted gains this much
# (see UnitSelector._stay_with_the_conversation).
ANCHOR_BONUS = 0.2
ANCHOR_AFTER = 20
# A follow-up's unit in a document the previous answer cited that holds the follow-up's own words gains this much,
# and a unit of another document loses it, when one among the best FOLLOW_UP_POOL is such a unit
# (see UnitSelector._stay_in_the_cited_documents).
CITED_DOCUMENT = 0.15
# A follow-up's list that speaks nowhere of the topic taken over from earlier turns loses this much, when one of the
# best FOLLOW_UP_POOL units speaks of it (see UnitSelector._leaves_the_topic).
OFF_TOPIC_LIST = 0.4
# Of the lists introduced as the kind asked for ('… frågor …'), the one whose own intro holds the question's words
# ('Reflektera över hur … samverkan med andra verksamheter har fungerat:' for 'Vad ska vi fråga oss om hur samarbetet
# med andra verksamheter har gått?') gains this much over lists whose intros hold none of them and that only share the
# topic through their items: its intro must hold INTRO_NAMES_FIT of the question's weight, every other such list's
# intro at most INTRO_NAMES_SHARE of what it holds.
INTRO_NAMES_BONUS = 0.15
INTRO_NAMES_FIT = 0.25
INTRO_NAMES_SHARE = 0.34
# An enumeration in the best unit's own paragraph ('Det kan handla om att säkerställa X, Y samt Z.' right after the
# best sentence) is the list the best passage gives: it counts over a list elsewhere whose intro merely shares words.
INLINE_OF_TOP = 0.3
# A unit that reports an outcome gains this much for a question about what something has led to.
OUTCOME_FIT = 0.35
# A sub-heading that stands this many times in one document heads a template's repeated part ('Förslag på lokalt
# mål' in each section of a method support): a list question that names it is answered by what stands under each.
REPEATED_HEADING = 2
# The share of the question's weight such a heading must hold to be the one asked about, unless it names the kind of
# list asked for ('Vilka mål …' and 'Förslag på lokalt mål'): the rest of the question may be the document's topic.
GATHER_FIT = 0.4
# The rest of a question names one place of the heading (not the document's topic) when the passage that holds most
# of it holds this share of its weight more than the median one does: 'Vilka mål kan vi sätta för läxarbetet?'.
GATHER_ONE_PLACE = 0.3
# The most sentences taken from under one occurrence of the heading (the passage it heads, not its section).
GATHER_UNDER = 3
# Lists under a heading line their document repeats ('Förslag på aktörer' in each part of a template) are told apart
# by their own parts of the template (the goal above, the measures between): among such siblings, each counts this
# much times the share of the question's weight its part holds, and the siblings take their scores in that order
# (see _order_siblings).
TEMPLATE_PART_FIT = 1.0
# Lists named as the asked kind by their intro or heading are read after the best statements (the first
# LABEL_LEAD_UNITS, scoring LABEL_LEAD_FLOOR of the best or more) in their chunk, up to the next list of that kind;
# such a list scores LABEL_LEAD_SHARE of its statement's score plus its kind fit (selection._lists_named_by_label).
LABEL_LEAD_UNITS = 3
LABEL_LEAD_FLOOR = 0.8
LABEL_LEAD_SHARE = 1.0
# How many chunks after the lead's are read for such lists (a part split by chunking).
LABEL_LEAD_CHUNKS = 0
# How much a list is lifted whose leading paragraph counts as many things of the asked kind as it has items ('… de fem
# framgångsfaktorerna …' before five bullets; see _counts_items).
LEAD_COUNT_FIT = 0.2
_COUNTED_RE = re.compile(r"\b(\d{1,2}|" + "|".join(lex.CARDINALS) + r")\s+(\w{4,})", re.I)
# How much a series is lifted when it has as many parts as the question counts.
SERIES_COUNT_FIT = 0.3
# A heading that numbers its part of a series ('Mål 1 Fler pojkar …', 'Steg 2: Analysera', 'Delmål 3'): one word and
# a number, then the part's own words. Two or more in a row with the same word and running numbers are one list whose
# items are the parts (see NeighbourLookup.series_of).
SERIES_HEADING_RE = re.compile(r"\s*([^\W\d_]+)\s+(\d{1,2})(?![\d.,]\d)\b")
# The most units read under one heading of a series, the most list items taken from them, and the most headings of
# one series.
SERIES_READ = 40
SERIES_UNDER = 15
SERIES_MOST = 12


# What a unit of an invitation or announcement (lexicon.INVITATION_TEXT_RE on its passage) loses for a how-,
# evaluation or definition question that names no such event, and what an instruction to begin gains for a question
# of how to begin (lexicon.START_*): the instructional text answers, not the one sharing a word (trial 32).
INVITATION_GIVES_WAY = 0.3
START_FIT = 0.25
# How much an item of a list introduced as another kind than asked is lowered (as `_kind_fit` lowers its list).
WRONG_KIND = 0.3
# The list kind of a list of questions (a value of lexicon.LIST_KINDS).
QUESTION_KIND = lex.LIST_KINDS["fråg"]
# What a unit about the item an ordinal picks ('den fjärde träffen') gains.
ORDINAL_FIT = 0.3
# What a unit at or under the numbered label a question names ('mål 3', 'tabell 3') gains, and one under another
# number of that label ('Mål 1') loses: the label is the question's own pointer, stronger than shared words.
LABEL_FIT = 0.4
# What a unit holding the verb of a 'Vem <verb> …?' question gains (it names whoever does it).
WHO_VERB_FIT = 0.3
# How much a line giving a phone number or e-mail address gains for 'Vem kan jag kontakta …?' (a role's sentence
# gains 0.2, the question's own verb WHO_VERB_FIT).
CONTACT_FIT = 0.45
# 'Vem har tagit fram analysen?' met by the report's line naming its maker ('Utredare: Anders Nyqvist, …'): more than
# a role's sentence with the asked verb (0.2 + WHO_VERB_FIT), which names who ordered the work, not who did it.
AUTHOR_LINE_FIT = 0.6
# What a dated statement of the deed a date question asks about gains ('redovisas … december 2019' for 'När kom
# rapporten ut?'), and one dating only another deed loses ('initierades … i december 2016'): the date of another deed
# is no answer, however close its sentence is to the question's topic.
DEED_FIT = 0.35
# A short line with no verb, split as a sentence (a title or heading run on: 'Digitala workshops november 2020'),
# states nothing a yes/no question can be answered by: it loses this much (as a heading line loses its penalty).
FRAGMENT_WORDS = 12
FRAGMENT_GIVES_WAY = 0.3
# A document's title stands on its first lines.
TITLE_LINES = 2
# What a table row gains whose first cell the question names ('… i årskurs 5?': the row 'Årskurs 5').
ROW_FIT = 0.3
# 'Hur många X?' met by a share of X ('42 procent av alla X'): a figure of X, but not the count asked.
SHARE_FOR_COUNT_FIT = 0.0
# What a routine's step gains for a 'Vem …?' question when it opens on the role who takes it ('2. Mentorn kontaktar
# vårdnadshavare …', lexicon.ROLE_STEP_RE): it says who does what, where a narrative naming a role does not.
ROLE_STEP_FIT = 0.25
# What a statement gains that names the thing 'Vad säger metodstödet om läxhjälp?' asks about (Question.mention):
# a sentence describing it ('… att erbjuda riktad läxhjälp.') says how the text treats it, where a bare list item
# ('Läxhjälp.') only repeats the word; the items still come, under their intro, after it (mentions36).
MENTION_FIT = 0.3
# The fewest words a list item must have, with a finite verb, to count as a statement for MENTION_FIT.
MENTION_STATEMENT_WORDS = 6
# What a sentence gains that defines the term a definition question asks about (grounding/definition.py, strict),
# over the 0.15 of one that names it with any defining verb or 'är'.
DEFINING_FIT = 0.3


# What a unit gains that says what follows from something ('… leder till …', '… löper högre risk för …') for a
# consequence question, and a unit of a follow-up or measurement passage ('uppföljning', 'indikator', 'Förslag på
# uppföljning') for an evaluation question, when it is about the question's topic (see _topic_terms): the kind of
# statement asked for, as a figure is for a number question.
CONSEQUENCE_FIT = 0.25
EVALUATION_FIT = 0.25
# The share of the topic's weight (the question's words, less those that only ask for a consequence or a follow-up)
# the unit's passage must hold for the unit to be about it.
TOPIC_FIT_SHARE = 0.3
