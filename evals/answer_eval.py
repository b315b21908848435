"""Answer quality on the case files in evals/cases/: retrieval, citations, facts and refusals, per half.

The cases come in two halves: `tune` (look at them, tune against them) and `heldout`
(only ever run; its figures are checked against evals/answer_thresholds.toml). Each
half is `corpus_<half>.jsonl` (questions on corpus/), `extra_<half>.jsonl` (questions on
evals/extra_docs/: a Markdown web page, a Word memo, a text summary and, since blind20, an HTML page and a
text protokollsutdrag, since blind22 a PDF delårsrapport, since blind24 a förskoleområde's jämställdhetsplan as
Word with tables, since blind27 a PDF jämställdhetsbokslut with tables, ingested beside the corpus into the eval
store only) and
`fresh_<half>.jsonl` (questions on corpus/ written later, blind, from the documents alone, before any code was
tuned against them: the corpus and extra sets have been worked against, so their figures are optimistic;
`by_case_set` shows each set apart), `blind3_<half>.jsonl` (a third blind set on corpus/, B01-B44, written
from the documents without running the assistant; halves drawn per kind with random.Random(20261203))
and `blind4_<half>.jsonl` (a fourth, G01-G48, on passages no other set used: 14 near-domain
unanswerables, 10 lists, 8 figures, 8 facts/definitions/how/causes, 8 follow-ups; halves drawn per kind
with random.Random(20261204) before any run) and `blind5_<half>.jsonl` (a fifth, H01-H48, the same mix on
passages no earlier set used; halves drawn per kind with random.Random(20261205) before any run) and
`blind6_<half>.jsonl` (a sixth, J01-J48, on passages no earlier set used, weighted to the weakest groups: 16
near-domain unanswerables, 8 lists, 6 figures, 4 definitions, 4 how, 3 yes/no, 3 causes, 4 follow-ups; halves drawn
before any run with one random.Random(20261210): for each group in that order (yes/no and causes as one group), ids
in order, tune = rng.sample(ids, len(ids) // 2)) and `blind7_<half>.jsonl` (a seventh, K01-K60, on passages no
earlier set used, asked in a coordinator's everyday words without the passage in view: 18 near-domain unanswerables,
2 off-topic, 12 lists, 8 figures, 12 definitions/how/causes/consequences/yes-no, 6 elliptic follow-ups, 2 English;
halves drawn the same way before any run with one random.Random(20261204 + 3)) and `blind8_<half>.jsonl` (an eighth,
M01-M64, written from corpus/ alone without running the assistant, as coordinators and planners would ask: 10 lists,
7 figures, 6 how, 5 causes/consequences, 4 definitions, 3 yes/no, 5 facts (8 of them elliptic follow-ups, 6 without
å/ä/ö, 8 in everyday words, 2 English), 20 near-domain unanswerables (4 asking a detail the corpus leaves out, 2
follow-ups), 4 off-topic; halves drawn per group before any run with one random.Random(20261213), 30 tune / 34
heldout since odd groups give their extra case to heldout) and `blind9_<half>.jsonl` (a ninth, Q01-Q64, written
the same way from corpus/ alone in a coordinator's everyday words: 10 lists, 7 figures, 6 how, 5 causes/consequences,
3 definitions, 3 yes/no, 6 facts (8 of them follow-ups, 6 without å/ä/ö, 13 in everyday words, 2 English), 20
near-domain unanswerables (4 asking a detail the corpus leaves out, 2 follow-ups), 4 off-topic; halves drawn per group
before any run with one random.Random(20261205), 31 tune / 33 heldout) and `blind10_<half>.jsonl` (a tenth, R01-R64,
the same mix on passages no other set's tune half nor blind9 used: figures in tables and running text, lists over
several lines, definitions in footnotes and parentheses, near-misses naming a year, group or municipality the
documents do not report; halves drawn per group before any run with one random.Random(20261206), 31 tune / 33
heldout) and `blind11_<half>.jsonl` (an eleventh, S01-S64, written from corpus/ alone without running the assistant,
preferring passages no earlier set's tune half used and spread over all four documents: 24 plain questions (lists,
figures, definitions, how, why, yes/no, who/where/when), 8 follow-ups that lean on one earlier question, 8 typed as a
coordinator would (no å/ä/ö, everyday words, typos, context about their own school), 24 unanswerables (19 near-misses
naming a year, municipality, group, school form, law or cost the documents do not hold, 2 in English, 3 off-topic);
halves drawn per group in that order before any run with one random.Random(20261207), 32 tune / 32 heldout) and
`blind12_<half>.jsonl` (a twelfth, V01-V64, written the same way from corpus/ alone on passages earlier tune halves
mostly did not use, over all four documents: 24 plain questions (lists, figures, definitions, how, why, yes/no,
who/where/when), 8 follow-ups that lean on one earlier question, 8 typed as a coordinator would (no å/ä/ö, everyday
words, typos); 17 of the 40 are lists or how questions with terms over the whole list; 24 unanswerables (19
near-misses naming a year, municipality, school, group, school form, law or cost the documents do not hold, 2 in
English, 3 off-topic);
halves drawn per group in that order before any run with one random.Random(20261205), 32 tune / 32 heldout) and
`blind13_<half>.jsonl` (a thirteenth, W01-W45, written from corpus/ alone without running the assistant, on what the
documents almost cover: 30 near-domain unanswerables (a municipality, school, grade range, year, statistic or group
the documents do not report; a cost, number, name, date or reason they do not give; a section, workshop, meeting or
insats that does not exist; the content of a document only mentioned; 1 follow-up, 1 without å/ä/ö) and 15
answerable near-neighbours of the same kinds, so wrong refusals show too; halves drawn per group (unanswerable,
answerable) before any run with one random.Random(20261221), tune = rng.sample(ids, len(ids) // 2), 22 tune / 23
heldout) and
`blind14_<half>.jsonl` (a fourteenth, Z01-Z54, written from corpus/ alone without running the assistant, in the
styles answerable questions were wrongly refused in: 10 paraphrases in everyday words ("datorerna som strular",
"hemmasittarna"), 8 without å/ä/ö in colloquial words ("matten", "killar"), 8 naming a year or place in another
form than the passage ("läsåret 20/21", "universitetet i Örebro"), 6 figures asked in other units (miljoner for tkr,
minuter for timmar, termin for läsår), 6 yes/no, 5 with a pronoun whose antecedent is in the same sentence; 11
near-domain unanswerables beside them; halves drawn per group in that order before any run with one
random.Random(20261214), 26 tune / 28 heldout) and
`blind15_<half>.jsonl` (a fifteenth, Y01-Y54, written from corpus/ alone without running the assistant, in styles
blind14 did not cover: 5 compounds split or joined unlike the text ("mobbningskartläggning"), 7 abbreviations ("SSPF",
"KAA", "VGR", "SKR", "BOU"), 6 verb synonyms ("dra igång", "peka ut"), 5 with the subject in a subordinate clause, 5
with a wrong-but-harmless extra word ("i staden"), 4 table rows asked by row and column in words, 5 short elliptic
questions ("Läxhjälp – vem kan bidra?"), 3 "hur länge" answered by a start year, 3 shares needing a small
calculation; 11 near-domain unanswerables beside them; halves drawn per group in that order before any run with one
random.Random(20261222), tune = rng.sample(ids, len(ids) // 2), 23 tune / 31 heldout) and
`blind16_<half>.jsonl` (a sixteenth, T01-T49, written from corpus/ alone without running the assistant, on near-domain
unanswerables of kinds blind13 did not cover: 31 asking a count, duration or frequency of another activity than the
one the documents measure, an ordinal that does not exist (the seventh of six workshops), a comparison the documents
do not make, a cause or effect they do not state, the person in a role where only the organisation or role is named,
a gender split of a total, another year of a repeated survey or review, a school form next to the covered one; 18
answerable near-neighbours of the same kinds; halves drawn per group (unanswerable, answerable) before any run with
one random.Random(20261223), tune = rng.sample(ids, len(ids) // 2), 24 tune / 25 heldout; T04 and T21, drawn as
unanswerable into tune, corrected to answerable after the first run: the documents do give the hours of each träff
and name the grundskola's verksamhetschef) and
`blind17_<half>.jsonl` (a seventeenth, A01-A50, overref23, written from corpus/ alone without running the assistant,
in answerable styles blind14/blind15 did not cover: 4 yes/no ("Finns det …?", "Stämmer det att …?", "Får man …?"),
4 imperatives ("Beskriv …", "Berätta om …", "Ge exempel på …"), 4 a question after a sentence of context ("Jag är
rektor och …"), 4 negated ("… inte …"), 4 numbers written as words ("trettiosex deltagare"), 4 lower case without
å/ä/ö or with a split compound or a hyphen unlike the text, 4 passive ("Av vem arbetsleds …?"), 2 "var står det om
…", 4 two facts in one question, 4 a term quoted from the text, 2 a table row or list item; 10 near-domain
unanswerables in the same styles; halves drawn per group (each answerable style, then the unanswerables) before any
run with one random.Random(20261224), tune = rng.sample(ids, len(ids) // 2), 25 tune / 25 heldout) and
`blind18_<half>.jsonl` (an eighteenth, C01-C45, refuse23, written from corpus/ alone without running the assistant, on
near-domain unanswerables of kinds blind13 and blind16 did not cover: 30 asking a figure for a subgroup the text does
not break down, a figure in another unit, the future, a verdict no evaluation gives, a false premise, a contact detail
not given, a cost per participant, a law paragraph not cited, the name of a place left unnamed, another organisation's
view; 15 answerable near-neighbours of the same kinds; halves drawn per group (unanswerable, answerable) before any
run with one random.Random(20261225), tune = rng.sample(ids, len(ids) // 2), 22 tune / 23 heldout) and
`blind19_<half>.jsonl` (a nineteenth, I01-I40, blind24, written from corpus/ and the Kupolen summary alone without
running the assistant: follow-up conversations, each with one or two earlier questions and a follow-up that leans on
them with a pronoun ("den", "de", "där") or elliptically ("Och den andra?", "Och våren 2024?"): 30 answerable (lists,
figures, facts, how, causes, yes/no, a definition) and 10 whose follow-up the documents do not answer (a name, an
end date, a split, a cost, another municipality's figure); halves drawn per kind (answerable, unanswerable) before
any run with one random.Random(20261226), tune = rng.sample(ids, len(ids) // 2), 20 tune / 20 heldout) and
`blind20_<half>.jsonl` (a twentieth, P01-P36, blind24, on two documents added to evals/extra_docs/ for it: a
gymnasieskola's likabehandlingsplan saved as an HTML page with two tables, and a kultur- och fritidsnämnd's
protokollsutdrag as text with a column table of figures by gender: 24 answerable (lists, figures, who/when, how,
causes, yes/no, one in everyday words and one without å/ä/ö per document) and 12 near-domain unanswerables (another
programme, year, school or fritidsgård, the other gender's figure, a cost or a person not given, a dialogue not yet
held); halves drawn per kind before any run with one random.Random(20261227), 18 tune / 18 heldout) and
`blind21_<half>.jsonl` (a twenty-first, MP01-MP40, blind25, written from corpus/ and evals/extra_docs/ alone without
running the assistant: 20 minimal pairs for refusing precisely, each an answerable question (odd id) and its twin
(the next id, `twin` names the other) that changes one detail of the subject so that the documents no longer answer
it: another municipality, school, fritidsgård, year, age group, gender, programme, statistic, budget item, role,
organisation, person or contact detail; halves drawn per pair before any run with one random.Random(20261228),
tune pairs = rng.sample(range(20), 10), both members in the same half, 20 tune / 20 heldout) and
`blind22_<half>.jsonl` (a twenty-second, VB01-VB36, blind25, on a PDF added to evals/extra_docs/ for it and built by
build_report.py: a municipality's delårsrapport section on jämställdhet with two tables of figures by gender and a
numbered list of measures with who is responsible and by when: 24 answerable (figures with year and unit, lists,
definitions, who/when, a cause, yes/no, one in everyday words, one without å/ä/ö, two follow-ups) and 12 near-domain
unanswerables (another year, group, subgroup or statistic, a figure or person the report does not give); halves
drawn per kind before any run with one random.Random(20261229), 18 tune / 18 heldout) and
`blind23_<half>.jsonl` (a twenty-third, HW01-HW40, blind26, written from corpus/ alone without running the assistant:
the answer types answered worst, typed as a busy coordinator would (everyday words, eight without å/ä/ö, five in
English): 30 answerable (9 how, 9 cause, 6 consequence, 6 definition) and 10 near-domain unanswerables (a term the
corpus never defines, how another municipality did it, a cause or an effect the documents do not give); halves drawn
per kind before any run with one random.Random(20261230), 20 tune / 20 heldout) and
`blind24_<half>.jsonl` (a twenty-fourth, DX01-DX36, blind26, on a Word document added to evals/extra_docs/ for it and
built by build_plan.py: a förskoleområde's jämställdhetsplan with two real Word tables (figures by gender and year,
staff by occupation and gender), a bulleted list of goals, a numbered list of measures with who and when, a
definition, a cause, a footnote-style note and a contact line: 24 answerable (figures, lists, who, when, yes/no, a
definition, causes, one in English, two without å/ä/ö) and 12 near-domain unanswerables changing one detail (another
year, förskola, age group or statistic, a cost, person or date the plan does not give); halves drawn per kind before
any run with one random.Random(20261231), 18 tune / 18 heldout) and
`blind25_<half>.jsonl` (a twenty-fifth, ED01-ED40, session 27, written from the six other documents of
evals/extra_docs/ alone (the PDF delårsrapport, the HTML likabehandlingsplan, the text protokollsutdrag, the Word
rutin, the Markdown sommarskola page, the Kupolen summary) without running the assistant, line numbers read with
`_file_lines` below: 26 answerable (a figure with its unit or year, a table cell, who is responsible and by when, a
list, a date, how something is done, a cause; a third in a coordinator's words: everyday words, five without å/ä/ö,
two in English) and 14 near-domain unanswerables (another year, group or school, a count, cost or cause the
document does not give, names it only mentions); halves drawn before any run by shuffling the 40 ids with one
random.Random(20270101), the first 20 tune: 16 answerable / 4 unanswerable tune, 10 / 10 heldout) and
`blind26_<half>.jsonl` (a twenty-sixth, LQ01-LQ40, blind26, written from corpus/ alone without running the assistant:
lists, the answer type the held-out half scored worst, and follow-ups: 20 single-turn list questions (actors,
interventions, steps, follow-up questions, risks, recommendations or areas a document gives under one heading or for
one group, many beside a neighbouring heading with a similar list that does not answer), 12 answerable follow-ups
(an elliptic or pronoun turn after one or two earlier questions: "Vilka aktörer kan vi ta hjälp av för det?", "Och på
workshopen dagen efter?", "Vad sa de om orsakerna?", "Och vilka risker?") and 8 near-domain unanswerables (a list the
material lacks: actors it leaves to another regional goal, another municipality's partners or measures, steps it never
describes, courses, schools or risks it does not name, three of them follow-ups); about a third in a coordinator's
everyday words, five without å/ä/ö; the 40 ids shuffled once with random.Random(20270102) before any run, the
first 20 tune) and
`blind27_<half>.jsonl` (a twenty-seventh, BK01-BK40, session 28, on a PDF added to evals/extra_docs/ for it and built
by build_bokslut.py: a municipality's own jämställdhetsbokslut 2025 with four tables whose column headers matter
(medianlön by förvaltning, gender and year; sjukfrånvaro by gender and year; the share of full-time staff by
occupation and gender; föreningsbidrag by the members' gender, one column a count and one a share), stated causes,
definitions, a "vi vet inte än" statement and a numbered list of measures with who and when; written from the
document alone without running the assistant: 24 answerable (table cells needing the right row and column, a
difference, who and when, definitions, causes, yes/no; about a third in a coordinator's everyday words, four without
å/ä/ö, two in English) and 16 near-domain unanswerables that each change one detail (a mean where only medians are
given, a count where only shares are, another year, förvaltning or yrkesgrupp, a cost, person, cause or forecast
the report does not give); the 40 ids shuffled once with random.Random(20270103) before any run, the first 20 tune,
so the kinds are not halved: 9 answerable / 11 unanswerable tune, 15 / 5 heldout) and
`blind28_<half>.jsonl` (a twenty-eighth, PR01-PR40, blind28, written from corpus/ alone without running the
assistant: a coordinator's practical questions while doing the work: 26 answerable (how to do a step, what follows
from something, the difference between two things the material distinguishes, two-part who-and-when or
what-and-why questions, yes/no with the reason, a figure with its year or unit, 6 elliptic follow-ups after one or
two earlier turns; about a third in everyday words, five without å/ä/ö, two in English) and 14 near-domain
unanswerables changing one detail (a legal requirement, budget, cost or funding source, template contents, another
municipality, year or statistic, a step or actor the method support never names; three of them follow-ups); the 40
ids shuffled once with random.Random(20270104) before any run, the first 20 tune) and
`blind29_<half>.jsonl` (a twenty-ninth, SA01-SA40, blind29, on a Word document added to extra_docs for it and built
by build_analys.py: a socialförvaltning's own jämställdhetsanalys of ekonomiskt bistånd and arbetsmarknadsinsatser
2025, a kind of document outside schools, with a table by gender, age group and year (households as counts, the
share in an insats, the mean time on bistånd in months) and one by stadsdel, definitions, stated causes (one a run-in
"för det första … för det andra … för det tredje"), risks as "•" lines under "Risker", measures with who and when and
a sentence on what it does not cover; written from the document alone without running the assistant: 24 answerable
(table cells needing the right row and column, a difference, who and when, definitions, causes, the risks as a list,
yes/no; a third in everyday words, four without å/ä/ö, two in English) and 16 near-domain unanswerables changing one
detail (a median where only means are given, a count where only shares are, another year, stadsdel, age group or
authority, a cost, person, outcome or forecast, a group the analysis says it does not cover); the 40 ids shuffled
once with random.Random(20270105) before any run, the first 20 tune) and
`blind30_<half>.jsonl` (a thirtieth, NM01-NM40, blind30, written from corpus/ alone without running the
assistant: what a politician in a nämnd, a förvaltningschef or a parent representative would ask: 24 answerable
(costs and figures with year or unit, results of an intervention as the reports state them, a comparison the
material makes, who decided and when, a definition in plain words, yes/no with the reason, 5 elliptic follow-ups
after one or two earlier turns; about half in everyday words, four without å/ä/ö, two in English) and 16
near-domain unanswerables changing one detail (another municipality, year, grade or group; a cost, budget, effect
size, ranking or forecast the material never gives; a legal requirement; three of them follow-ups); the 40 ids
shuffled once with random.Random(20270106) before any run, the first 20 tune) and
`blind31_<half>.jsonl` (a thirty-first, TR01-TR40, blind31, on a PDF added to extra_docs for it and built by
build_trygghet.py: a samhällsbyggnadsförvaltning's own "Trygghetsundersökning och trygghetsvandringar 2025 – en
jämställdhetsanalys", a kind of document outside schools and social services, with a table of the share (percent)
who feel unsafe outdoors in the evening by gender, age band and year with the respondents n per group, one by
stadsdel for women and men, the places named on the trygghetsvandringar as "•" lines, measures with responsible
unit and date and a cost for some only, definitions of trygghetsvandring and otrygghetsindex, a run-in enumeration of
causes, method and what the survey does not cover; written from the document alone without running the assistant:
24 answerable (table cells needing the right row, column and year, a change between years, a comparison of
stadsdelar, who and when, costs, definitions, causes, the places as a list, yes/no, 3 elliptic follow-ups; a third in
everyday words, four without å/ä/ö, two in English) and 16 near-domain unanswerables changing one detail (another
year, age band, stadsdel or time of day, a count where only shares are given, the cost of a measure given none,
under-16s, reported crimes, a forecast, a median, a group not reported); the 40 ids shuffled once with
random.Random(20270107) before any run, the first 20 tune) and
`blind32_<half>.jsonl` (a thirty-second, WS01-WS40, blind32, written from corpus/ alone without running the
assistant: a coordinator preparing a workshop or a course day asks for the lists and steps in the material: 26
answerable, 18 of them lists (complete lists under their heading, a nested list, lists announced by a colon, lists
of causes and factors, numbered recommendations, the meetings of a process, the actors for an intervention, the
questions a workshop discussed), the rest how, why, a definition and yes/no, 4 elliptic follow-ups after one or two
earlier turns; about half in everyday words, three without å/ä/ö, one in English; and 14 near-domain unanswerables
changing one detail (another school form or group, steps of a process the material does not describe, hours, a
budget, a timetable or credits it never gives, a named person, a workshop on a theme there was none on; two of them
follow-ups); the 40 ids shuffled once with random.Random(20270108) before any run, the first 20 tune) and
`blind33_<half>.jsonl` (a thirty-third, KD01-KD40, blind33, written from corpus/ alone without running the
assistant: "the asked kind of thing", questions whose answer is one specific kind of item: 22 answerable where the
cited lines give exactly that kind (hours or weeks, a budget line or total, a date or period, a responsible role, a
count of participants or dialogues, a share, a frequency, the order of a process's meetings, a place, an age band,
a criterion for when to follow up; 2 elliptic follow-ups), together using every corpus file; about a third in
everyday words, three without å/ä/ö, one in English; and 18 near-domain unanswerables that ask the same kind about
a thing the material really treats but for which it never gives that kind (an intervention without hours, a project
without a budget, a role without a person's name, a statement without a count or share, a goal or step without a
date, "regelbundet" without a frequency, steps or a place never described; two of them follow-ups after an
answerable turn), each with its subject and detail tag; the 40 ids shuffled once with random.Random(20270109) before
any run, the first 20 tune) and
`blind34_<half>.jsonl` (a thirty-fourth, FB01-FB40, blind34, on a Word document added to extra_docs for it and built
by build_foreningsbidrag.py: a kultur- och fritidsförvaltning's own "Jämställdhetsanalys av föreningsbidrag och tider
i idrottshallar 2025", a field outside schools, with a table of deltagartillfällen and aktivitetsbidrag (kronor) by
gender, age band (7-12, 13-20) and year (2023, 2024), one of hall hours per week by sport with the share used by
girls' and boys' teams, causes as a bulleted Word list, measures as a numbered Word list with responsible unit and
date and a cost for two only, definitions, method and what the analysis does not cover; written from the document
alone without running the assistant: 24 answerable (table cells by row, column and year, changes between years,
comparisons of sports, who and when, costs, definitions, the causes and the measures as lists, yes/no, 3 elliptic
follow-ups; a third in everyday words, three without å/ä/ö, one in English) and 16 near-domain unanswerables
changing one detail (another year, age band, sport or term, a count where only shares are given, the cost of a
measure given none, a budget, adults, private gyms, satisfaction, a median, a named person, non-binary participants,
hours per hall, another grant, a count of leaders); the 40 ids shuffled once with random.Random(20270110) before any
run, the first 20 tune) and
`blind35_<half>.jsonl` (a thirty-fifth, EH01-EH40, blind35, on a PDF added to extra_docs for it and built by
build_elevhalsa.py: a grundskola's "Elevhälsans årsrapport 2025 - med jämställdhetsanalys", with a table of the
elevhälsoteam's roles and tjänstegrad, one of kurator and skolsköterska visits by stadium (F-3, 4-6, 7-9), gender and
year (2024, 2025), one of the share with frånvaro over 15 procent, one of the elevenkät's shares (trygghet, stress)
by gender with n, causes as a bulleted list, measures for 2026 as a numbered list with responsible role and date and
a cost for two only, when and to whom it is followed up, and what it does not cover; written from the document alone
without running the assistant: 24 answerable (table cells by row, column and year, changes and shares, roles, who and
when, costs, a definition, the team, the causes and the measures as lists, yes/no, 3 elliptic follow-ups; some in a
teacher's everyday words, two without å/ä/ö) and 16 near-domain unanswerables changing one detail (another year,
stadium, school, kommun or term, the school doctor's visits by gender, the cost of a measure given none, a budget, a
named person, fritidshem, non-binary pupils, a survey question not yet asked, grades the survey does not cover, a
count where only shares are given, waiting time, satisfaction); halves drawn per kind before any run: with one
random.Random(20270111), the answerable ids EH01-EH24 shuffled, the first 12 tune, then the unanswerable ids
EH25-EH40 shuffled, the first 8 tune),
`blind36_<half>.jsonl` (a thirty-sixth, LK01-LK40, blind36, on an HTML page added to extra_docs for it and built by
build_lonekartlaggning.py: a kommun's HR report "Lönekartläggning och jämställda villkor 2025" (Stenåkers kommun),
with the purpose and diskrimineringslagen's requirement, who took part (HR, ekonomi, HR-partner, unions by
confederation) as a list, a definition of likvärdiga arbeten, a table of seven yrkesgrupper with the number of women
and men, their mean monthly pay and women's pay in percent of men's for 2025 and 2024 (one group without 2024),
the causes of the osakliga löneskillnader as a bulleted list, six measures for 2026 as a numbered list with
responsible role and date and a cost for three only, a table of heltid, deltid, föräldraledighet and sjukfrånvaro by
gender for 2024 and 2025, the follow-up (personalutskottet), what it does not cover and a contact; written from the
document alone without running the assistant: 24 answerable (table cells by row, column and year, a difference, the
total and an adjustment's cost, lists from the bullets, the numbered measures and the table's rows, who and when, a
definition, the law, yes/no, the contact, 3 elliptic follow-ups; some in a manager's everyday words, two without
å/ä/ö) and 16 near-domain unanswerables changing one detail (another year or a year the table leaves empty, another
yrkesgrupp or förvaltning, a ranking the report does not make, a time or date not given, a named person, the cost
of a measure given none, a count not counted, a follow-up asking a figure by förvaltning); halves drawn per kind
before any run: with one random.Random(20270112), the answerable ids LK01-LK24 shuffled, the first 12 tune, then
the unanswerable ids LK25-LK40 shuffled, the first 8 tune),
`blind37_<half>.jsonl` (a thirty-seventh, HT01-HT40, blind37, on a PDF added to extra_docs for it and built by
build_hemtjanst.py: a kommun's social-services report "Jämställdhetsanalys av hemtjänsten 2025" (Granlida kommun),
with the purpose and background, the method (the verksamhetssystem, 60 randomly chosen utredningar, interviews with
biståndshandläggare and their enhetschef), a table of beviljade hemtjänsttimmar per month by gender and age band
(65-79, 80-89, 90 år och äldre) with the brukare, the hours and the hours per brukare for 2025 and per brukare for
2024 (the oldest band without 2024), sammanboende and ensamboende brukare's hours for serviceinsatser, the findings
and the causes named in the utredningar as bulleted lists, five measures as a numbered list with responsible role
and date and a cost for three only (and their total), the follow-up (vård- och omsorgsnämnden) and what it does not
cover; written from the document alone without running the assistant: 24 answerable (table cells by row, column
and year, a difference, the total, costs, lists from the bullets and the numbered measures, who and when, the
method and the roles interviewed, a definition, yes/no, one in English, 3 elliptic follow-ups; some in a manager's
everyday words, two without å/ä/ö) and 16 near-domain unanswerables changing one detail (another year, age band,
insats or kommun, a ranking the report does not make, a date or time not given, a named person, the cost of a
measure given none, a count not counted, a cause not stated, a follow-up asking a figure the report lacks); halves
drawn per kind before any run: with one random.Random(20270113), the answerable ids HT01-HT24 shuffled, the first
12 tune, then the unanswerable ids HT25-HT40 shuffled, the first 8 tune),
`blind38_<half>.jsonl` (a thirty-eighth, GV01-GV40, blind38, on an HTML page added to extra_docs for it and built by
build_gymnasieval.py: a kommun's follow-up "Könsbundna gymnasieval – uppföljning av studie- och yrkesvägledningen
2025" (Hedeby kommun, grundskolans årskurs 7-9), with a table of contents in a <nav> the loader leaves out, the purpose
and background (skollagen and the läroplan in a footnote), a definition of könsbundet val, the method
(antagningsstatistik from the gymnasieantagning, an elevenkät in årskurs 9 with its svarsfrekvens, interviews with the
studie- och yrkesvägledare and the rektorer), a table of the first choices 2025 per programme by flickor and pojkar
with the total, the share of girls 2025 and, for six programmes, 2024 (and a 'Samtliga' row), the three grundskolor
with figures for two of them only, the elevenkät's influences by gender and the causes the vägledare name as bulleted
lists, five measures as a numbered list with responsible role and a term or date and a cost for three only (and
their total), the follow-up (barn- och utbildningsnämnden) and what it does not cover; written from the document
alone without running the assistant: 24 answerable (table cells by row, column and year, two differences, the
total, costs, lists from the bullets and the numbered measures, who and when, the method and the roles interviewed,
a definition, yes/no, the footnote's law, one in English, 3 elliptic follow-ups; some in a rektor's or parent's
everyday words, two without å/ä/ö) and 16 near-domain unanswerables changing one detail (another year, programme,
kommun or school form, the school given no figures, a ranking the report does not make, a date not given, a named
person, the cost of a measure given none, a count not counted, a cause not stated, a follow-up asking a figure the
report lacks); halves drawn per kind before any run: with one random.Random(20270114), the answerable ids GV01-GV24
shuffled, the first 12 tune, then the unanswerable ids GV25-GV40 shuffled, the first 8 tune),
`blind39_<half>.jsonl` (a thirty-ninth, SN01-SN40, blind39, on a Markdown file added to extra_docs for it and built
by build_vintervag.py: a kommun's "Jämställdhetsanalys av vinterväghållningen 2024/25 – snöröjning och
halkbekämpning" (Kärrnäs kommun, the gatuavdelning), with a sammanfattning, the purpose and background (the kommun's
jämställdhetsstrategi, the national goal in a footnote), the method (a resvaneundersökning with its svarsfrekvens,
olycksstatistik from the akutmottagningen through STRADA, a medborgardialog, roles only), a table of the travel modes
in winter by kvinnor and män (each column summing to 100), a table of pedestrians injured in halkolyckor by gender for
the winters 2023/24 and 2024/25 with totals, three districts with figures for two only, the current and the proposed
order of priority of the snöröjning as numbered lists, the findings as a nested bulleted list, six measures as a
numbered list with responsible role and a date or season and a cost for three only (and their total), the follow-up
(tekniska nämnden) and what it does not cover (private and state roads); written from the document alone without
running the assistant: 24 answerable (table cells by row and column, two differences, the totals, costs, lists from
the bullets and the numbered lists, who and when, the method and the roles in the dialogue, yes/no, the footnote's
source, one in English, 2 elliptic follow-ups; some in a resident's everyday words, two without å/ä/ö) and 16
near-domain unanswerables changing one detail (another winter, season or group, another kommun, the district and a
street given no figures, a ranking the report does not make, a date not given, a named person, the cost of a measure
given none, a count not counted, a cause not stated, a follow-up asking a figure the report lacks); halves drawn per
kind before any run: with one random.Random(20270115), the answerable ids SN01-SN24 shuffled, the first 12 tune,
then the unanswerable ids SN25-SN40 shuffled, the first 8 tune),
`blind40_<half>.jsonl` (a fortieth, KS01-KS40, blind40, on a PDF added to extra_docs for it and built by
build_kulturskola.py: a kommun's "Jämställdhetsanalys av kulturskolan 2025 – deltagande, avgifter och kö" (Siljeby
kommun, its kulturskola), with a sammanfattning, the purpose and background (the kommun's jämställdhetsstrategi, the
national kulturskoleutredning in a raised footnote), the method (the elevregister for läsåret 2024/25, an enkät in
årskurs 5 with its svarsfrekvens, three fokusgrupper, roles only), a table of the elever per ämne by flickor and pojkar
with totals, two filialer with figures for one only, a table of the kö by gender for läsåren 2023/24 and 2024/25, the
avgift per termin, syskonrabatt and avgiftsbefrielse by gender, the findings as a nested bulleted list, six measures
as a numbered list with responsible role and a term or date and a cost for three only, the follow-up (kultur- och
fritidsnämnden) and what it does not cover (studieförbundens kurser, privata musikskolor); written from the document
alone without running the assistant: 24 answerable (table cells by row and column, two differences, the total row,
fees, the method and the roles in the fokusgrupper, lists from the nested bullets and the numbered measures, who and
when, yes/no on a delimitation, the footnote's source, one in English, 2 elliptic follow-ups; some in a resident's or
politician's everyday words, two without å/ä/ö) and 16 near-domain unanswerables changing one detail (another läsår,
ämne or group, another kommun, the filial and the school given no figures, two rankings the report does not make, a
date not given, a named person, the cost of two measures given none, two counts not counted, a cause not stated, a
follow-up asking a figure the report lacks); halves drawn per kind before any run: with one random.Random(20270116),
the answerable ids KS01-KS24 shuffled, the first 12 tune, then the unanswerable ids KS25-KS40 shuffled, the first 8
tune),
`blind41_<half>.jsonl` (a forty-first, IT01-IT40, blind41, on a Word document added to extra_docs for it and built by
build_idrottstider.py: a kommun's "Fördelning av tider i kommunens idrottsanläggningar 2025 – en jämställdhetsanalys"
(Vretåsa kommun, its kultur- och fritidsförvaltning), with a sammanfattning, the syfte and uppdrag (kultur- och
fritidsnämnden's decision with date and §, the barnkonvention's law in a footnote), the method (the bokningssystem's
data for säsongen 2024/25, an enkät to the föreningar with its svarsfrekvens, six interviews, roles only), a table of
the tilldelade timmar per vecka per anläggning for flickor, pojkar and mixade grupper with totals, a hall and a
förening named with no figures, a table of the six föreningar with the most tider and their deltagare by kön, the
prime time (vardagar kl. 17-20) shares for säsongerna 2023/24 and 2024/25, the avgift per timme for ungdom and vuxna,
the findings as a nested bulleted Word list, six åtgärder as a numbered Word list with ansvarig role and a date or term
and a cost for three only, the uppföljning (kultur- och fritidsnämnden) and what it does not cover (spontanidrott,
privata gym, skolans idrottsundervisning); written from the document alone without running the assistant: 24
answerable (table cells by row and column, a difference of two cells and one stated, the total row, fees, the method,
the roles interviewed, the decision's date and §, the footnote's law, the nested findings and the numbered åtgärder as
lists, who and when, a cost, yes/no on a delimitation, one in English, 2 elliptic follow-ups; some in a resident's,
förälder's or politician's everyday words, two without å/ä/ö) and 16 near-domain unanswerables changing one detail
(another säsong, anläggning or group, another kommun, the hall and the förening given no figures, two rankings the
report does not make, a date not given, a named person, the cost of two åtgärder given none, two counts not counted, a
cause not stated, a follow-up asking a figure the report lacks); halves drawn per kind before any run: with one
random.Random(20270117), the answerable ids IT01-IT24 shuffled, the first 12 tune, then the unanswerable ids IT25-IT40
shuffled, the first 8 tune) and
`ordinals_tune.jsonl` (tune only, OT01-OT16, refuse22b: answerable near-neighbours of the item-beyond-its-run and
'hur ofta' refusals, written from corpus/ alone: an item that exists, asked by ordinal word, digit, 'nr 8', a numbered
heading or list, and 'hur ofta' answered by 'per läsår', 'fyra gånger', 'vid två tillfällen', 'läsårsvis',
'fortlöpande', 'för varje mötestillfälle') and
`picks_tune.jsonl` (tune only, PK01-PK03, follow22: follow-ups that pick among the previous answer's listed items,
'vilka av dem handlar om …', 'de två första') and
`followups_tune.jsonl` (tune only, FU01-FU16, follow23: two- and three-turn conversations, actors asked without naming
them, a pronoun after a question of causes, picks by meaning, an ordinal after a prose answer, elliptic date, place
and year follow-ups refused when the material lacks them).
`yesno_tune.jsonl` (tune only, YN01-YN10, yesno23: yes/no questions written from corpus/ that state a figure, year
or count the source gives otherwise, answered 'Nej – …', or that it confirms, answered 'Ja …'; their first required
term is that opening).

A case: id, kind (answerable | unanswerable), answer_type, tags, mode, question,
optional history_questions (asked first, in turn, each answer passed on as history),
passages [{source, start_line, end_line}] that answer it (1-based lines of the
original file; for files that are not plain text, the lines `ingest.load.load_document`
extracts, which is also what chunks and citations count), required_terms ("a | b":
either), reference_contexts, subject (for unanswerable cases), half.

Metrics of a half (None where no case qualifies):
  top5                  answerable cases with an acceptable passage overlapping one of the 5 best retrieved chunks
  quoted                answerable cases with a citation overlapping an acceptable passage
  facts / facts_list    mean share of required terms in the answer (all answerable / answer_type list)
  refused_unanswerable  unanswerable cases answered with grounded == False
  wrongly_refused       answerable cases answered with grounded == False (lower is better)
  quotes_found          citations (of all cases) whose quote stands in the cited lines of the original file
  p50_seconds           median time of `Assistant.respond` for the case's own question
"""

from __future__ import annotations

import json
import math
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.service import Assistant, parse_request

EVALS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = EVALS_DIR.parent
CASES_DIR = EVALS_DIR / "cases"
EXTRA_DOCS_DIR = EVALS_DIR / "extra_docs"
THRESHOLDS_PATH = EVALS_DIR / "answer_thresholds.toml"
BASELINE_PATH = EVALS_DIR / "answer_baseline.json"
EMBED_CACHE = PROJECT_ROOT / ".cache" / "test-embedding-cache.sqlite"

HALVES = ("tune", "heldout")
CASE_SETS = ("corpus", "extra", "fresh", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
             "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
             "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
             "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32",
             "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41",
             "ordinals", "picks", "followups", "yesno")
METRICS = ("top5", "quoted", "facts", "facts_list", "refused_unanswerable", "wrongly_refused", "quotes_found",
           "p50_seconds")
LOWER_IS_BETTER = frozenset({"wrongly_refused", "p50_seconds"})
TOP_K = 5

Extra = Callable[[dict[str, Any], Any], dict[str, float]]
"""An optional scorer run on every (case, response); its numbers become extra columns (e.g. ragas')."""


def _components(settings: Settings) -> Any:
    """The one import of the store/embeddings/retriever bundle (its module is moving to assistant.index)."""
    from assistant.index.components import Components

    return Components(settings)


# ---------------------------------------------------------------------------------------------- cases


def load_cases(half: str, cases_dir: Path = CASES_DIR) -> list[dict[str, Any]]:
    """The cases of one half ("tune", "heldout") or of both ("all"), corpus cases first."""
    if half not in (*HALVES, "all"):
        raise ValueError(f"half must be tune, heldout or all, not {half!r}")
    cases: list[dict[str, Any]] = []
    for h in HALVES if half == "all" else (half,):
        for case_set in CASE_SETS:
            path = cases_dir / f"{case_set}_{h}.jsonl"
            if not path.exists():
                continue
            for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                case = json.loads(line)
                for key in ("id", "kind", "question"):
                    if key not in case:
                        raise ValueError(f"{path}:{n}: missing {key!r}")
                case.setdefault("half", h)
                case["case_set"] = case_set
                cases.append(case)
    if not cases:
        raise ValueError(f"no cases for half {half!r} under {cases_dir}")
    return cases


# ---------------------------------------------------------------------------------------------- metric parts

Span = tuple[int, int]


def spans_overlap(a: Span, b: Span) -> bool:
    """Two inclusive line ranges share at least one line."""
    return a[0] <= b[1] and b[0] <= a[1]


def passage_overlaps(passages: Sequence[dict[str, Any]], source: str, spans: Iterable[Span]) -> bool:
    """Whether one of the spans (all in file `source`) overlaps one of the acceptable passages."""
    spans = list(spans)
    return any(p["source"] == source and spans_overlap((p["start_line"], p["end_line"]), s)
               for p in passages for s in spans)


def chunk_spans(chunk: Any) -> list[Span]:
    """A retrieved chunk's original lines: one (first, last) per line of its text, else its whole range."""
    spans = [(int(a), int(b)) for a, b in (getattr(chunk, "line_spans", None) or [])]
    return spans or [(int(chunk.start_line), int(chunk.end_line))]


def squash(text: str) -> str:
    """Lower case with runs of whitespace (also no-break spaces) as one space."""
    return " ".join(text.lower().split())


def term_found(term: str, text: str) -> bool:
    """A required term, or one of its " | " alternatives, appears in the text (case and spacing ignored)."""
    haystack = squash(text)
    return any(squash(alt) in haystack for alt in term.split("|") if alt.strip())


def facts_share(terms: Sequence[str], text: str) -> float:
    """The share of required terms found in the text; 1.0 when there are none."""
    if not terms:
        return 1.0
    return sum(term_found(t, text) for t in terms) / len(terms)


def normalise(text: str) -> str:
    """Only the letters and digits, lower-cased: how quotes and source lines are compared. A raised footnote mark
    ('2023.³') is no digit of the text: a quote leaves it out."""
    return "".join(ch for ch in text.lower() if ch.isalnum() and ch not in _SUPERSCRIPTS)


_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


def quote_pieces(quote: str) -> list[str]:
    """The verbatim pieces of a citation's quote: split on " … " and "; ", a leading or trailing "…" dropped."""
    pieces = []
    for piece in re.split(r" … |; ", quote):
        piece = piece.strip()
        piece = piece.removesuffix("…").removesuffix("...").removeprefix("…").strip()
        if piece:
            pieces.append(piece)
    return pieces


def quote_in_lines(quote: str, lines: Sequence[str], start_line: int, end_line: int) -> bool:
    """Every piece of the quote stands in lines start_line..end_line (1-based, inclusive), letters and digits only."""
    if start_line < 1 or end_line < start_line or end_line > len(lines):
        return False
    window = normalise("".join(lines[start_line - 1 : end_line]))
    pieces = [normalise(p) for p in quote_pieces(quote)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(p in window for p in pieces)


@lru_cache(maxsize=64)
def _file_lines(path: Path) -> tuple[str, ...]:
    """The lines a citation of the file counts, read as the ingest and the citation dialog read them."""
    from ingest.load import shown_lines

    return tuple(shown_lines(path))


def source_lines(source: str, roots: Sequence[Path]) -> tuple[str, ...] | None:
    """The original lines of the file a citation names, found under one of the roots."""
    for root in roots:
        path = root / source
        if path.is_file():
            return _file_lines(path.resolve())
    return None


# ---------------------------------------------------------------------------------------------- the store


def copy_sqlite(src: Path, dst: Path) -> None:
    """Copy a SQLite database including what still sits in its WAL file."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(str(src)) as source, sqlite3.connect(str(dst)) as target:
        source.backup(target)


def extra_doc_files(folder: Path = EXTRA_DOCS_DIR) -> list[Path]:
    """The extra documents (the folder also holds the memo's build script and the manifest)."""
    from ingest.load import LOADERS, MANIFEST_NAME

    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in LOADERS and p.name != MANIFEST_NAME)


def build_eval_store(data_dir: Path, embed_cache: Path | None = EMBED_CACHE, **overrides: Any) -> Assistant:
    """Ingest corpus/ and evals/extra_docs/ into a store under data_dir; returns an assistant over it.

    The embedding cache (<project>/.cache/test-embedding-cache.sqlite, the one the tests share, else the one
    `jamplan ingest` fills in the default data dir) is copied in when it exists, so an ingest embeds only what
    changed; the grown cache is copied back to the shared one afterwards. The extra documents are passed file
    by file: their folder also holds build_memo.py, which the ingest would skip with a warning.
    """
    from assistant.index.documents import document_key, document_path, is_legacy
    from ingest.pipeline import run

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=data_dir, **overrides)
    target = settings.embedding_cache_path
    if not target.exists():
        candidates = [p for p in (embed_cache, Settings().embedding_cache_path) if p is not None]
        found = next((p for p in candidates if p.exists() and p.resolve() != target.resolve()), None)
        if found is not None:
            copy_sqlite(found, target)
    components = _components(settings)
    paths = [settings.corpus_dir, *extra_doc_files()]
    stats = run(settings, components.store, components.embeddings, paths=paths)
    if stats.skipped:
        raise RuntimeError(f"eval documents failed to load: {stats.skipped}")
    # The store holds the eval documents only. Sources are keyed by their path relative to the corpus folder or the
    # checkout ('project:evals/extra_docs/…', assistant.index.documents), so a store built in another checkout keeps
    # its keys; a key none of these documents has (a document since removed), and an absolute path the run did not
    # move to its key (ingest.migrate), would stand beside them: each passage twice, every score tied with its twin.
    keys = {document_key(p, settings) for p in extra_doc_files()}
    corpus = settings.corpus_dir.resolve()
    for key in components.store.sources():
        if key not in keys and (is_legacy(key) or not document_path(key, settings).is_relative_to(corpus)):
            components.store.remove_source(key)
    if embed_cache is not None and stats.embedded and settings.embedding_cache_path.exists():
        copy_sqlite(settings.embedding_cache_path, embed_cache)
    return Assistant(components)


@contextmanager
def eval_assistant(data_dir: Path | None = None) -> Iterator[Assistant]:
    """An assistant over a freshly built eval store: in data_dir if given (kept), else in a temporary folder."""
    if data_dir is not None:
        yield build_eval_store(data_dir)
        return
    tmp = Path(tempfile.mkdtemp(prefix="jamplan-answer-eval-"))
    try:
        yield build_eval_store(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------- one case


@dataclass
class Outcome:
    """What answering one case gave: the retrieved hits, the response and its time."""

    hits: list[Any]
    response: Any
    seconds: float


def answer_case(bot: Assistant, case: dict[str, Any]) -> Outcome:
    """Ask the history questions in turn (real answers as history), then the case's own question."""
    mode = case.get("mode", "fraga")
    history: list[dict[str, str]] = []
    for question in case.get("history_questions") or []:
        earlier = bot.respond({"message": question, "mode": mode, "history": list(history)})
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": earlier.text}]
    request = {"message": case["question"], "mode": mode, "history": history}
    if case.get("options"):
        request["options"] = case["options"]
    hits = list(bot.prepare(parse_request(request)).hits)
    started = time.perf_counter()
    response = bot.respond(request)
    return Outcome(hits, response, time.perf_counter() - started)


def score_case(case: dict[str, Any], outcome: Outcome, roots: Sequence[Path]) -> dict[str, Any]:
    """One row of figures for a case (ids and numbers only: no question or answer text)."""
    response = outcome.response
    answerable = case["kind"] != "unanswerable"
    passages = case.get("passages") or []
    row: dict[str, Any] = {
        "id": case["id"], "half": case.get("half"), "case_set": case.get("case_set"), "kind": case["kind"],
        "answer_type": case.get("answer_type", ""), "tags": list(case.get("tags") or []),
        "grounded": bool(response.grounded), "citations": len(response.citations),
        "seconds": round(outcome.seconds, 3),
    }
    found = 0
    for citation in response.citations:
        lines = source_lines(citation.source, roots)
        found += lines is not None and quote_in_lines(citation.quote, lines, citation.start_line, citation.end_line)
    row["quotes_found"] = found
    if answerable:
        top = outcome.hits[:TOP_K]
        row["top5"] = any(passage_overlaps(passages, h.chunk.source, chunk_spans(h.chunk)) for h in top)
        row["quoted"] = any(passage_overlaps(passages, c.source, [(c.start_line, c.end_line)])
                            for c in response.citations)
        terms = case.get("required_terms") or []
        row["facts"] = round(facts_share(terms, response.text), 4)
        if case.get("half") != "heldout":  # held-out cases stay a black box: ids and figures only
            row["missing_terms"] = [t for t in terms if not term_found(t, response.text)]
    return row


# ---------------------------------------------------------------------------------------------- summaries


def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def summarise(rows: Sequence[dict[str, Any]], extra_names: Sequence[str] = ()) -> dict[str, Any]:
    """The metrics of a group of scored cases (see the module docstring); None where no case qualifies."""
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    unanswerable = [r for r in rows if r["kind"] == "unanswerable"]
    listing = [r for r in answerable if r["answer_type"] == "list"]
    citations = sum(r.get("citations", 0) for r in rows)
    out: dict[str, Any] = {
        "n": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "top5": _mean([float(r.get("top5", False)) for r in answerable]),
        "quoted": _mean([float(r.get("quoted", False)) for r in answerable]),
        "facts": _mean([r.get("facts", 0.0) for r in answerable]),
        "facts_list": _mean([r.get("facts", 0.0) for r in listing]),
        "refused_unanswerable": _mean([float(r.get("grounded") is False) for r in unanswerable]),
        "wrongly_refused": _mean([float(r.get("grounded") is False) for r in answerable]),
        "quotes_found": round(sum(r.get("quotes_found", 0) for r in rows) / citations, 4) if citations else None,
        "p50_seconds": round(statistics.median(r["seconds"] for r in rows if "seconds" in r), 3)
        if any("seconds" in r for r in rows) else None,
    }
    for name in extra_names:
        out[name] = _mean([r["extra"][name] for r in rows if name in r.get("extra", {})])
    return out


def failing_ids(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Per metric, the ids of the cases that count against it."""
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    return {
        "top5": [r["id"] for r in answerable if not r.get("top5")],
        "quoted": [r["id"] for r in answerable if not r.get("quoted")],
        "facts": [r["id"] for r in answerable if r.get("facts", 0.0) < 1.0],
        "facts_list": [r["id"] for r in answerable if r["answer_type"] == "list" and r.get("facts", 0.0) < 1.0],
        "refused_unanswerable": [r["id"] for r in rows
                                 if r["kind"] == "unanswerable" and r.get("grounded") is not False],
        "wrongly_refused": [r["id"] for r in answerable if r.get("grounded") is False],
        "quotes_found": [r["id"] for r in rows if r.get("quotes_found", 0) < r.get("citations", 0)],
        "errors": [r["id"] for r in rows if "error" in r],
    }


def _breakdown(
    rows: Sequence[dict[str, Any]], key: Callable[[dict[str, Any]], Iterable[str]], extra_names: Sequence[str]
) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        for name in key(row):
            groups.setdefault(name, []).append(row)
    return {name: summarise(group, extra_names) for name, group in sorted(groups.items())}


def summarise_half(rows: Sequence[dict[str, Any]], extra_names: Sequence[str] = ()) -> dict[str, Any]:
    """A half's metrics, its breakdowns (answer_type, tag, case set) and failing ids."""
    return {
        "metrics": summarise(rows, extra_names),
        "by_answer_type": _breakdown(rows, lambda r: [r["answer_type"]], extra_names),
        "by_tag": _breakdown(rows, lambda r: r["tags"] or ["(no tag)"], extra_names),
        "by_case_set": _breakdown(rows, lambda r: [r["case_set"]], extra_names),
        "failures": failing_ids(rows),
        "cases": list(rows),
    }


# ---------------------------------------------------------------------------------------------- running


def run_answer_eval(
    half: str = "all",
    assistant: Assistant | None = None,
    data_dir: Path | None = None,
    extra: Extra | None = None,
    cases: Sequence[dict[str, Any]] | None = None,
    roots: Sequence[Path] | None = None,
) -> dict[str, Any]:
    """Answer every case of the half (or both) and score them; builds the eval store unless given an assistant."""
    cases = list(cases) if cases is not None else load_cases(half)
    if assistant is None:
        with eval_assistant(data_dir) as bot:
            return run_answer_eval(half, bot, extra=extra, cases=cases, roots=roots)
    roots = list(roots) if roots is not None else [assistant.settings.corpus_dir, EXTRA_DOCS_DIR]
    rows: list[dict[str, Any]] = []
    for case in cases:
        try:
            outcome = answer_case(assistant, case)
        except Exception as exc:  # one broken case must not hide the others' figures
            rows.append({"id": case["id"], "half": case.get("half"), "case_set": case.get("case_set"),
                         "kind": case["kind"], "answer_type": case.get("answer_type", ""),
                         "tags": list(case.get("tags") or []), "error": f"{type(exc).__name__}: {exc}"})
            continue
        row = score_case(case, outcome, roots)
        if extra is not None:
            row["extra"] = {k: float(v) for k, v in extra(case, outcome.response).items()}
        rows.append(row)
    extra_names = sorted({k for r in rows for k in r.get("extra", {})})
    halves = {h: summarise_half([r for r in rows if r["half"] == h], extra_names)
              for h in HALVES if any(r["half"] == h for r in rows)}
    report: dict[str, Any] = {"backend": assistant.backend.name, "extra_metrics": extra_names, "halves": halves}
    if "heldout" in halves:
        report["threshold_failures"] = check_thresholds(halves["heldout"]["metrics"])
    from evals.readability import readability  # lättläst LIX (drafting branch, issue 13)

    report["readability"] = {h: readability(assistant, [c for c in cases if c.get("half") == h]) for h in halves}
    return report


# ---------------------------------------------------------------------------------------------- thresholds, baseline


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict[str, dict[str, float]]:
    """{"min": {metric: value}, "max": {metric: value}} from the TOML file."""
    data = tomllib.loads(path.read_text("utf-8"))
    return {"min": dict(data.get("min", {})), "max": dict(data.get("max", {}))}


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]] | None = None) -> list[str]:
    """The metrics that miss their threshold, as "name value < minimum" lines; empty when all are met."""
    thresholds = thresholds if thresholds is not None else load_thresholds()
    failures = []
    for name, minimum in thresholds.get("min", {}).items():
        value = metrics.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)) or value < minimum:
            failures.append(f"{name} {_fmt(value)} < {minimum:.2f}")
    for name, maximum in thresholds.get("max", {}).items():
        value = metrics.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)) or value > maximum:
            failures.append(f"{name} {_fmt(value)} > {maximum:.2f}")
    return failures


def load_baseline(path: Path = BASELINE_PATH) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


# ---------------------------------------------------------------------------------------------- printing


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths,
                                                                                                  strict=True)))
             for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def format_report(report: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    """Both halves (or the one run) side by side with the baseline, then breakdowns and failing ids."""
    baseline = load_baseline() if baseline is None else baseline
    halves = report["halves"]
    names = [*METRICS, *report.get("extra_metrics", [])]
    columns: list[tuple[str, dict[str, Any]]] = [(h, halves[h]["metrics"]) for h in halves]
    for h in halves:
        if h in baseline:
            columns.append((f"baseline {h}", baseline[h]))
    if "heldout" in halves and "product_owner_hidden" in baseline:
        columns.append(("owner hidden", baseline["product_owner_hidden"]))
    counts = ", ".join(f"{h} {halves[h]['metrics']['n']} ({halves[h]['metrics']['answerable']} answerable)"
                       for h in halves)
    out = [f"answer eval; backend {report['backend']}; cases: {counts}"]
    if baseline.get("commit"):
        out[0] += f"; baseline measured at {baseline['commit'][:7]}"
    rows = [[n, *(_fmt(m.get(n)) for _, m in columns)] for n in names]
    rows.insert(0, ["n", *(_fmt(m.get("n")) for _, m in columns)])
    out += _table(["metric", *(c for c, _ in columns)], rows)
    shown = [n for n in METRICS if n != "p50_seconds"]
    for h, half in halves.items():
        for title, key in (("answer_type", "by_answer_type"), ("tag", "by_tag"), ("case set", "by_case_set")):
            out.append("")
            out.append(f"{h}: by {title}")
            out += _table([title, "n", *shown],
                          [[k, str(v["n"]), *(_fmt(v.get(n)) for n in shown)] for k, v in half[key].items()])
        out.append("")
        out.append(f"{h}: failing case ids")
        for metric, ids in half["failures"].items():
            if ids:
                out.append(f"  {metric}: {', '.join(ids)}")
    if report.get("readability"):
        from evals.readability import format_readability

        out += format_readability(report["readability"])
    if "threshold_failures" in report:
        out.append("")
        failures = report["threshold_failures"]
        out.append("heldout thresholds (evals/answer_thresholds.toml): "
                   + ("all met" if not failures else "MISSED: " + "; ".join(failures)))
    return "\n".join(out)
