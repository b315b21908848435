"""Builds `tallmarka-jamstalldhetsanalys-forsorjningsstod-2025.docx`, a socialförvaltning's gender analysis among the
answer-eval's extra documents.

A fictional municipality's "Jämställdhetsanalys av ekonomiskt bistånd och arbetsmarknadsinsatser 2025" as a Word
document: a summary, a table by gender, age group and year (households with försörjningsstöd as counts, the share in
an arbetsmarknadsinsats, the mean time on bistånd in months), a second table by stadsdel, definitions, stated causes
(one of them a run-in enumeration "för det första … för det andra … för det tredje"), a glyph-bulleted list of risks
under "Risker", measures with who is responsible and by when, and a sentence on what the analysis does not cover.
Written for the blind29 set (evals/cases/blind29_*.jsonl); Tallmarka kommun, its stadsdelar and its people do not
exist.

The .docx is committed; run this (`python -m evals.extra_docs.build_analys` or the file directly) only to change the
analysis. Line numbers in evals/cases/blind29_*.jsonl refer to the lines `ingest.load.load_document` extracts from the
.docx (one paragraph a line and a blank line after it, a table's rows one a line under its caption), so re-check them
after any change. The tables are written by build_plan's `_table`; a fixed core-properties date keeps the text
identical between builds (the zip timestamps differ).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from evals.extra_docs.build_plan import _table

OUT = Path(__file__).resolve().parent / "tallmarka-jamstalldhetsanalys-forsorjningsstod-2025.docx"

TITLE = "Jämställdhetsanalys av ekonomiskt bistånd och arbetsmarknadsinsatser 2025"

HEADER = [
    "Tallmarka kommun, socialförvaltningen, enheten för ekonomiskt bistånd och arbetsmarknad",
    "Beslutad av socialnämnden den 19 november 2025, § 112. Dnr SN 2025/218.",
    "Handläggare: Karin Holmgren, verksamhetsutvecklare",
]

SUMMARY = [
    "Socialförvaltningen har analyserat hur ekonomiskt bistånd och arbetsmarknadsinsatser fördelas mellan kvinnor "
    "och män som söker försörjningsstöd i Tallmarka kommun. Analysen bygger på förvaltningens verksamhetssystem för "
    "åren 2023 och 2024 och omfattar alla hushåll som fick försörjningsstöd under minst en månad respektive år.",
    "Antalet hushåll med försörjningsstöd minskade från 1 412 år 2023 till 1 338 år 2024. Männen deltar oftare än "
    "kvinnorna i arbetsmarknadsinsatser: 2024 var andelen i insats 44 procent bland männen och 31 procent bland "
    "kvinnorna. Kvinnorna har samtidigt längre biståndstid, i genomsnitt 14,2 månader mot 11,6 månader för männen.",
    "Skillnaden är störst i åldersgruppen 25–44 år, där många kvinnor är ensamstående med barn. Förvaltningen "
    "bedömer att insatserna i dag är utformade efter de sökande som snabbt kan börja arbeta på heltid, och att "
    "kvinnor med ansvar för små barn därför oftare blir kvar utan insats.",
]

DEFINITIONS_HEADING = "2. Begrepp"
DEFINITIONS = [
    "Med hushåll med försörjningsstöd menas i analysen ett hushåll som har fått utbetalt försörjningsstöd enligt "
    "4 kap. 1 § socialtjänstlagen under minst en månad under året. Hushållet räknas till den sökande som står först "
    "i ansökan; i hushåll med två vuxna räknas båda vuxna var för sig i andelen i insats.",
    "Med arbetsmarknadsinsats menas en insats som arbetsmarknadsenheten Steget beviljar efter en kartläggning, till "
    "exempel arbetsträning, språkpraktik, studiemotiverande kurs eller extratjänst. Samtal med handläggare räknas "
    "inte som insats.",
    "Biståndstid är antalet månader i följd som hushållet har fått försörjningsstöd fram till december respektive "
    "år. I tabell 1 anges biståndstiden som ett medelvärde (aritmetiskt medel) för gruppen.",
]

TABLE_1_CAPTION = "Tabell 1. Försörjningsstöd och arbetsmarknadsinsatser per kön, åldersgrupp och år"
TABLE_1 = [
    ["Grupp", "Hushåll 2023 (antal)", "Hushåll 2024 (antal)", "Andel i insats 2023 (procent)",
     "Andel i insats 2024 (procent)", "Biståndstid 2024 (medel, månader)"],
    ["Kvinnor 18–24 år", "96", "88", "38", "41", "8,1"],
    ["Män 18–24 år", "131", "119", "52", "55", "6,9"],
    ["Kvinnor 25–44 år", "352", "341", "24", "27", "16,8"],
    ["Män 25–44 år", "318", "296", "43", "46", "12,4"],
    ["Kvinnor 45–64 år", "243", "232", "29", "30", "15,3"],
    ["Män 45–64 år", "272", "262", "36", "35", "13,9"],
    ["Samtliga kvinnor", "691", "661", "28", "31", "14,2"],
    ["Samtliga män", "721", "677", "42", "44", "11,6"],
]

TABLE_1_NOTE = (
    "Antal hushåll avser hushåll där den sökande är kvinna respektive man. Andel i insats är andelen av de vuxna i "
    "hushållen som deltog i minst en arbetsmarknadsinsats under året. Biståndstiden är ett medelvärde; "
    "förvaltningen har inte tagit fram medianer."
)

TABLE_2_CAPTION = "Tabell 2. Hushåll med försörjningsstöd och andel i insats per stadsdel 2024"
TABLE_2 = [
    ["Stadsdel", "Hushåll kvinnor (antal)", "Hushåll män (antal)", "Andel i insats kvinnor (procent)",
     "Andel i insats män (procent)"],
    ["Centrum", "142", "171", "35", "47"],
    ["Norrhed", "218", "197", "26", "41"],
    ["Sjövik", "163", "158", "33", "46"],
    ["Västerslätt", "138", "151", "30", "44"],
]

TABLE_2_TEXT = (
    "Skillnaden mellan kvinnors och mäns andel i insats är störst i Norrhed, 15 procentenheter, och minst i Centrum, "
    "12 procentenheter. Norrhed har också flest hushåll med försörjningsstöd där den sökande är kvinna."
)

CAUSES = [
    "Analysen pekar på tre orsaker till att kvinnor deltar mindre i arbetsmarknadsinsatser: för det första att de "
    "flesta insatser hos Steget pågår på heltid mellan klockan 8 och 16, för det andra att kvinnor oftare än män har "
    "ensamt ansvar för barn under sex år och för det tredje att handläggarna oftare skriver in kvinnor som tillfälligt "
    "förhindrade att delta.",
    "Förvaltningen ser också att kvinnor i åldersgruppen 45–64 år oftare har nedsatt hälsa som inte är utredd. "
    "Eftersom de inte har något läkarintyg räknas de varken som sjukskrivna eller som redo för en insats, och de "
    "blir därför kvar längre med försörjningsstöd.",
    "Männens kortare biståndstid förklaras enligt förvaltningen till stor del av att unga män oftare får "
    "extratjänster och säsongsarbete inom park och gata.",
]

RISKS_INTRO = "Om inget görs ser förvaltningen följande risker:"
RISKS = [
    "• Kvinnor med små barn blir kvar längre med försörjningsstöd och får svårare att komma in på arbetsmarknaden.",
    "• Barn i hushåll med långvarigt bistånd växer upp med låga inkomster under flera år.",
    "• Insatserna fortsätter att formas efter de sökande som redan står närmast arbetsmarknaden.",
    "• Kommunens kostnader för ekonomiskt bistånd ökar när biståndstiden blir längre.",
]

MEASURES_INTRO = "Socialnämnden beslutade den 19 november 2025 om följande åtgärder:"
MEASURES = [
    "Steget erbjuder från och med den 1 mars 2026 arbetsträning på deltid, 50 eller 75 procent, med start klockan 9. "
    "Ansvarig: enhetschef för Steget, Jonas Berglund.",
    "Förvaltningen inför förtur till förskoleplats för sökande som börjar en arbetsmarknadsinsats. Ansvarig: "
    "socialförvaltningen tillsammans med barn- och utbildningsförvaltningen, senast den 30 april 2026.",
    "Alla beslut om att en sökande är tillfälligt förhindrad att delta ska följas upp efter tre månader. Ansvarig: "
    "enhetschef för ekonomiskt bistånd, Lena Åkesson, från och med januari 2026.",
    "Handläggarna får en utbildning i jämställd handläggning under våren 2026. Ansvarig: verksamhetsutvecklare "
    "Karin Holmgren.",
    "Kvinnor 45–64 år som har haft försörjningsstöd i mer än ett år erbjuds ett hälsosamtal med förvaltningens "
    "sjuksköterska. Ansvarig: enhetschef för ekonomiskt bistånd, under 2026.",
]

FOLLOW_UP = [
    "Analysen följs upp med samma mått för år 2026. Verksamhetsutvecklaren redovisar uppföljningen för socialnämnden "
    "i oktober 2027. Målet är att skillnaden mellan kvinnors och mäns andel i insats ska vara högst 5 "
    "procentenheter 2027.",
]

LIMITS = (
    "Analysen omfattar inte uppgifter om utrikes födda, eftersom verksamhetssystemet inte registrerar födelseland, "
    "och den tar inte upp bostadsbidrag eller andra ersättningar som betalas ut av Försäkringskassan."
)

CONTACT = "Kontakt: Karin Holmgren, verksamhetsutvecklare, karin.holmgren@tallmarka.se, telefon 0652-180 44."


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.author = "Karin Holmgren"
    document.core_properties.title = TITLE
    document.core_properties.created = dt.datetime(2025, 11, 19, 9, 0)
    document.core_properties.modified = dt.datetime(2025, 11, 19, 9, 0)
    document.core_properties.last_modified_by = "Karin Holmgren"
    document.core_properties.revision = 1

    document.add_heading(TITLE, level=1)
    for line in HEADER:
        document.add_paragraph(line)

    document.add_heading("1. Sammanfattning", level=2)
    for text in SUMMARY:
        document.add_paragraph(text)

    document.add_heading(DEFINITIONS_HEADING, level=2)
    for text in DEFINITIONS:
        document.add_paragraph(text)

    document.add_heading("3. Resultat per kön och åldersgrupp", level=2)
    _table(document, TABLE_1_CAPTION, TABLE_1)
    document.add_paragraph(TABLE_1_NOTE)

    document.add_heading("4. Resultat per stadsdel", level=2)
    _table(document, TABLE_2_CAPTION, TABLE_2)
    document.add_paragraph(TABLE_2_TEXT)

    document.add_heading("5. Orsaker", level=2)
    for text in CAUSES:
        document.add_paragraph(text)

    document.add_heading("6. Risker", level=2)
    document.add_paragraph(RISKS_INTRO)
    for risk in RISKS:
        document.add_paragraph(risk)

    document.add_heading("7. Åtgärder och ansvar", level=2)
    document.add_paragraph(MEASURES_INTRO)
    for measure in MEASURES:
        document.add_paragraph(measure, style="List Number")

    document.add_heading("8. Uppföljning och avgränsningar", level=2)
    for text in FOLLOW_UP:
        document.add_paragraph(text)
    document.add_paragraph(LIMITS)
    document.add_paragraph(CONTACT)
    document.save(str(path))
    return path


if __name__ == "__main__":
    build()
