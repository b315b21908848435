"""Swedish and corpus-specific word knowledge: cue words, question words, section names, placeholders.

Each list says where it comes from. The code that uses them lives elsewhere
(retrieval, grounding, the extractive composers); change a word here and every
user of it follows. Patterns are case-insensitive unless noted.
"""

from __future__ import annotations

import re

# --- the material itself -----------------------------------------------------------------------------------

# Words that point at the material rather than a topic ("enligt metodstödet", "vad säger rapporten"):
# how users and the dev questions (evals/dev_qa.jsonl) refer to the bundled documents.
MATERIAL_WORDS = (
    "metodstödet metodstöd underlaget underlag rapporten rapport dokumentet dokument texten materialet enligt"
)

# --- questions ---------------------------------------------------------------------------------------------

# Swedish and English question words, removed before measuring how much of a question the corpus covers
# (they say that something is asked, not what).
QUESTION_WORDS = re.compile(
    r"\b(vad|vilka|vilken|vilket|hur|varför|när|var|finns|kan|ska|bör|what|which|how|why|does|is|are)\b", re.I
)

# Common English function words: a question mostly made of them (and without å, ä, ö) is English.
ENGLISH_WORDS = frozenset(
    "the of and to in is are what which how why who does do we our should can for with about on this that".split()
)

# A question that asks for a list (of interventions, questions, actors, steps …).
LIST_QUESTION = re.compile(
    r"\b(vilka|vilket|lista|exempel|förslag|insatser|frågor|kriterier|aktörer|steg|delar|ingå|innehålla|bestå|"
    r"what|which)\b", re.I)

# A question that asks for questions: then the corpus' own checklist questions may be quoted.
ASKS_FOR_QUESTIONS = re.compile(r"\bfrågor\b|\bquestions\b", re.I)

# --- kinds of sentence (what the extractive composers look for) --------------------------------------------

# Gender words as the corpus writes them (pojkar/flickor throughout, kön in the statistics advice).
GENDER = re.compile(r"\b(pojk\w*|flick\w*|kön\w*|killar|tjejer|män|kvinnor)\b", re.I)
# The groups besides gender that the method support names (its title: socioekonomisk bakgrund or
# migrationsbakgrund; the school reports add funktionsnedsättning): label, pattern, extra query words.
GROUPS = [
    ("Elever med migrationsbakgrund",
     re.compile(r"migration|utrikes född|nyanländ|invandra|modersmål|utländsk bakgrund", re.I),
     "migrationsbakgrund nyanlända"),
    ("Socioekonomisk bakgrund",
     re.compile(r"socioekonomi|föräldrar med kort utbildning|föräldrars utbildning|trångbodd", re.I),
     "socioekonomisk bakgrund föräldrars utbildning"),
    ("Elever med funktionsnedsättning",
     re.compile(r"funktionsnedsättning|funktionsförmåga|neuropsykiatri|särskilda behov", re.I),
     "funktionsnedsättning särskilda behov"),
]
# Sentences that give a cause or a consequence ("beror på", "leder till").
CAUSE = re.compile(
    r"\b(beror|påverkas|orsak\w*|bidrar|på grund av|eftersom|till följd av|har stor betydelse|spelar)\b", re.I)
CONSEQUENCE = re.compile(
    r"\b(påverkar|leder till|konsekvens\w*|följd\w*|möjligheten till|risk\w*|försvårar|svårare)\b", re.I)
# Statistics and key figures as the method support names them (Kolada, SIRIS, SCB, könsuppdelad statistik).
STATISTICS = re.compile(
    r"\b(statistik|nyckeltal|kolada|andel\w*|könsuppdelad\w*|siris|scb|enkät\w*|mätning\w*|behörighet)\b", re.I)
# Time expressions (school years, terms, years).
TIME = re.compile(r"\b(när|innan|efter|under|läsår\w*|termin\w*|år|månad\w*|vecka|tidig\w*|\d{4})\b", re.I)
# Any figure (no flags: digits only).
NUMBER = re.compile(r"\d")
# Amounts of money as the project reports write them ("8 464 tkr", "2,5 mnkr").
MONEY = re.compile(r"\d[\d\s]*(?:[.,]\d+)?\s*(?:tkr|kr|kronor|mkr|mnkr|miljoner|sek)\b", re.I)
# The roles the method support gives responsibility for follow-up (huvudman, förvaltningsledning, rektor).
ROLES = re.compile(r"\b(huvudm\w+|förvaltningsledning\w*|rektor\w*|skolledning\w*|förvaltning\w*)\b", re.I)

# What kind of sentence answers which kind of question: a cue lifts sentences of that kind.
QUESTION_CUES = [
    (re.compile(r"^\s*varför\b|\bwhy\b|\borsak", re.I), CAUSE),
    (re.compile(r"\bkosta\w*|\bkostnad\w*|\bbudget\w*|\bhow much\b|\bcost", re.I), MONEY),
    (re.compile(r"\bhur många\b|\bhur mycket\b|\bandel\b|\bantal\b|\bhow many\b", re.I), NUMBER),
    (re.compile(r"^\s*vem\b|\bvilka ansvarar\b|\bansvar", re.I), ROLES),
    (re.compile(r"^\s*när\b|\bwhen\b", re.I), TIME),
]

# --- sections of the method support ------------------------------------------------------------------------

# Sections that hold suggestions (goals, interventions, follow-up) rather than descriptions of problems:
# the method support's recurring headings 'Förslag på …', 'Insatser', 'Uppföljning', 'Lista med …'.
SUGGESTION_SECTION = re.compile(r"förslag på|insatser|uppföljning|lista med", re.I)

# The method support's goal-card headings (vgr-pojkars-skolresultat-metodstod.txt): which part of a card
# a heading opens. Matched against a whole line without its trailing colon.
CARD_SECTIONS = [
    ("goal", re.compile(r"^förslag på\s+lokal[at]?\s+mål\b", re.I)),
    ("actors", re.compile(r"^förslag på aktörer\b", re.I)),
    ("followup", re.compile(r"^förslag på uppföljning\b", re.I)),
    ("interventions", re.compile(r"^(förslag på\s+)?insatse?r?\b\.?$", re.I)),
    ("list", re.compile(r"^lista med förslag på lokala mål", re.I)),
]

# The placeholder the method support writes for the reader's organisation: 'kommun X', 'skola X',
# 'kommun X/skola X'. Group 1 says which word stood there.
ORG_PLACEHOLDER = re.compile(r"\b(kommun|skola|skolor)\s+[xX](?:\s*/\s*(?:skola|kommun)\s+[xX])?\b", re.I)

# The university report's workshop material (oru-samverkan-skolnarvaro-rapport.txt): 'Dilemma 3: …'
# lines and the 'Workshop 2 …' headings they belong to.
DILEMMA_LINE = re.compile(r"^Dilemma\s+(\d+)\s*:\s*(.+?)\s*$", re.I)
WORKSHOP_LINE = re.compile(r"^Workshop\s+\d+.*", re.I)

# --- drafts ------------------------------------------------------------------------------------------------

# Who a local goal can name as its target group; a goal without any of these names none.
GOAL_TARGET_GROUP = re.compile(r"\b(pojkar|flickor|elever|föräldrar|barn|huvudmän|skolor|lärare)\b", re.I)

# How a follow-up question of the method support is measured, judged from its words (matched on lower-cased
# text, no flags): grades, counts and shares, experiences, knowledge.
MEASURED_BY_GRADES = ("skolresultat", "betyg")
MEASURED_BY_COUNT = re.compile(r"\b(hur många|antal|andel\w*|ökning|minskning)\b")
MEASURED_BY_EXPERIENCE = re.compile(r"upplev|uppfatt|känner|trygg|motivation|attityd")
MEASURED_BY_KNOWLEDGE = re.compile(r"kunskap|kännedom")

# --- follow-up questions in a conversation -----------------------------------------------------------------

# The shape of a Swedish (or English) follow-up: opening with 'och', 'men', 'vad med' …, or ending in
# 'då?', 'dessa', 'samma'.
FOLLOW_UP = re.compile(
    r"^(och|men|samt|också|även|vad med|hur med|hur är det med|gäller det|gäller samma|what about|and)\b"
    r"|\b(då|sådana|dessa|detta|det där|de där|dem|samma)\s*\??$",
    re.I,
)
# A follow-up that is only a question word ('Varför?', 'Fler?'): appended to the previous question.
PRONOUN_ONLY = re.compile(r"^\W*(varför|hur då|hur|vilka|vad mer|mer|fler|exempel)\W*$", re.I)
# The words a follow-up leans on that carry no topic ('och …', '… också?').
FILLER = re.compile(
    r"^\s*(och|men|samt|också|även|vad med|hur med|hur är det med|what about|and)\s+"
    r"|\s+(då|också|även)\s*(?=\?|$)|[?!.]+\s*$",
    re.I,
)
# A preposition left at the start of a follow-up's addition ('för flickor' -> 'flickor').
LEADING_PREPOSITION = re.compile(r"^(för|om|med|i|på)\s+", re.I)
# Pairs the corpus contrasts, so 'och för flickor då?' after a question about pojkar swaps the word.
COUNTERPARTS = [
    ("pojkar", "flickor"), ("pojkars", "flickors"), ("pojkarna", "flickorna"), ("killar", "tjejer"),
    ("män", "kvinnor"), ("grundskolan", "gymnasiet"), ("förskolan", "grundskolan"),
]
