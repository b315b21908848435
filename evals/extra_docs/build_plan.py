"""Builds `solbacken-forskoleomrade-jamstalldhetsplan-2026.docx`, the förskola's plan among the answer-eval's extra
documents.

A fictional förskoleområde's plan for gender-equality work in 2026 with a follow-up of 2025, as a Word document
with two real Word tables (figures by gender and year, staff by occupation and gender), a bulleted list of goals,
a numbered list of measures with who is responsible and by when, a definition, a cause, a footnote-style note
under the table and a contact line. Written for the blind24 set (evals/cases/blind24_*.jsonl); Granhöjds kommun,
its förskolor and its people do not exist.

The .docx is committed; run this (`python -m evals.extra_docs.build_plan` or the file directly) only to change
the plan. Line numbers in evals/cases/blind24_*.jsonl refer to the lines `ingest.load.load_document` extracts from
the .docx (one paragraph a line and a blank line after it, a table's rows one a line under its caption), so re-check
them after any change. A fixed core-properties date keeps the text identical between builds (the zip timestamps
differ).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "solbacken-forskoleomrade-jamstalldhetsplan-2026.docx"

TITLE = "Plan för jämställdhetsarbete 2026 – Solbackens förskoleområde"

HEADER = [
    "Granhöjds kommun, barn- och utbildningsförvaltningen",
    "Förskolorna Solbacken, Myrstacken och Lärkan",
    "Fastställd av rektor Helena Lindqvist den 15 januari 2026. Dnr BUN 2026/37.",
]

PURPOSE = [
    "Planen beskriver hur förskolorna i Solbackens förskoleområde ska arbeta under kalenderåret 2026 för att "
    "flickor och pojkar ska få samma möjligheter att leka, lära och utvecklas, så som läroplanen för förskolan "
    "(Lpfö 18) kräver. Planen följer också upp det arbete som gjordes under 2025.",
    "Med jämställd pedagogik menar vi i den här planen att pedagogerna ger flickor och pojkar lika mycket "
    "uppmärksamhet, talutrymme och utmaningar, och att inget barn begränsas av föreställningar om vad som passar "
    "ett visst kön.",
]

FOLLOW_UP = [
    "Under 2025 observerade pedagogerna leken i bygghörnan, på gården och i samlingen under två "
    "observationsveckor, vecka 11 och vecka 42.¹ Observationerna visade att pojkarna tog mer plats i bygghörnan "
    "och i samlingen och att flickorna oftare hjälpte till att städa efter lunch.",
    "Flickorna valde sällan bygghörnan när en grupp pojkar redan lekte där. Därför införde arbetslagen i april "
    "2025 Byggtid för alla: två förmiddagar i veckan, tisdag och torsdag, är bygghörnan öppen för en blandad "
    "grupp om högst sex barn som pedagogerna sätter samman.",
    "Flickornas andel av tiden i bygghörnan ökade från 27 procent 2024 till 41 procent 2025. Pojkarna fick "
    "färre tillsägelser än året innan, men fortfarande mer än dubbelt så många som flickorna. Arbetslagen "
    "bedömer att skillnaden i tillsägelser beror på att pedagogerna oftare säger till när leken blir hög, och att "
    "det är pojkarnas lekar som oftast blir höga.",
]

TABLE_1_CAPTION = "Tabell 1. Observationer per kön 2024 och 2025, samtliga tre förskolor"
TABLE_1 = [
    ["Nyckeltal", "Flickor 2024", "Pojkar 2024", "Flickor 2025", "Pojkar 2025"],
    ["Inskrivna barn den 15 oktober (antal)", "61", "67", "64", "66"],
    ["Andel av tiden i bygghörnan (procent)", "27", "73", "41", "59"],
    ["Andel av pedagogernas tilltal i samlingen (procent)", "38", "62", "46", "54"],
    ["Tillsägelser per observationsvecka (antal)", "14", "39", "12", "27"],
    ["Barn som hjälper till att städa efter lunch (procent)", "68", "35", "57", "52"],
]

TABLE_1_NOTE = (
    "¹ Observationerna gjordes med kommunens gemensamma observationsschema. Varje förskola observerade 20 minuter "
    "per dag och aktivitet under veckorna 11 och 42. Andelarna av tiden och av tilltalen är flickornas och "
    "pojkarnas andelar av allt som observerades och blir tillsammans 100 procent."
)

TABLE_2_CAPTION = "Tabell 2. Medarbetare per yrkesgrupp och kön den 1 december 2025"
TABLE_2 = [
    ["Yrkesgrupp", "Kvinnor", "Män", "Totalt"],
    ["Förskollärare", "15", "2", "17"],
    ["Barnskötare", "18", "4", "22"],
    ["Kock", "2", "1", "3"],
    ["Totalt", "35", "7", "42"],
]

STAFF_TEXT = (
    "Andelen män bland medarbetarna är 17 procent. Förskoleområdet vill att fler män söker arbete som förskollärare "
    "och barnskötare, så att barnen möter både kvinnor och män i omsorg och undervisning."
)

GOALS = [
    "Flickornas andel av tiden i bygghörnan ska vara minst 45 procent.",
    "Pedagogernas tilltal i samlingen ska fördelas så att varken flickor eller pojkar får mer än 55 procent.",
    "Lika stor andel flickor och pojkar ska hjälpa till att städa efter lunch.",
    "Alla barn ska få prova både bygglek, rollek och rörelselek varje vecka.",
]

MEASURES = [
    "Byggtid för alla fortsätter tisdagar och torsdagar hela året. Ansvar: arbetslagen på varje förskola.",
    "All personal går en fortbildning i normmedveten pedagogik på tre halvdagar, den 4 februari, den 11 mars och "
    "den 22 april 2026. Ansvar: utvecklingspedagog Mattias Öberg.",
    "Varje arbetslag filmar en samling i månaden och räknar hur ofta flickor och pojkar får ordet. Ansvar: "
    "arbetslagen, med stöd av jämställdhetsombudet.",
    "Myrstacken och Lärkan går igenom sina barnböcker senast den 30 april 2026 och köper in böcker där flickor och "
    "pojkar gör sådant som bryter mot stereotyper. Ansvar: förskollärarna på respektive förskola.",
    "Städningen efter lunch görs efter ett rullande schema där alla barn deltar. Ansvar: arbetslagen, från "
    "och med den 1 februari 2026.",
    "Jämställdhet blir tema på föräldramötena i september 2026. Ansvar: rektor.",
]

EVALUATION = [
    "Planen följs upp med nya observationsveckor vecka 11 och vecka 42 2026. Jämställdhetsombudet Sara Eklund, "
    "förskollärare på Myrstacken, sammanställer resultaten. Rektor redovisar uppföljningen för barn- och "
    "utbildningsnämnden i december 2026.",
    "Om målet för bygghörnan inte nås ska arbetslagen pröva att dela upp gruppen i mindre grupper även under "
    "eftermiddagarna.",
]

CONTACT = (
    "Kontakt: Helena Lindqvist, rektor för Solbackens förskoleområde, helena.lindqvist@granhojd.se, "
    "telefon 0573-412 30."
)


def _table(document: docx.document.Document, caption: str, rows: list[list[str]]) -> None:
    document.add_paragraph(caption)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.author = "Helena Lindqvist"
    document.core_properties.title = TITLE
    document.core_properties.created = dt.datetime(2026, 1, 15, 9, 0)
    document.core_properties.modified = dt.datetime(2026, 1, 15, 9, 0)
    document.core_properties.last_modified_by = "Helena Lindqvist"
    document.core_properties.revision = 1

    document.add_heading(TITLE, level=1)
    for line in HEADER:
        document.add_paragraph(line)

    document.add_heading("1. Syfte", level=2)
    for text in PURPOSE:
        document.add_paragraph(text)

    document.add_heading("2. Uppföljning av arbetet 2025", level=2)
    for text in FOLLOW_UP:
        document.add_paragraph(text)
    _table(document, TABLE_1_CAPTION, TABLE_1)
    document.add_paragraph(TABLE_1_NOTE)

    document.add_heading("3. Medarbetare", level=2)
    _table(document, TABLE_2_CAPTION, TABLE_2)
    document.add_paragraph(STAFF_TEXT)

    document.add_heading("4. Mål för 2026", level=2)
    for goal in GOALS:
        document.add_paragraph(goal, style="List Bullet")

    document.add_heading("5. Åtgärder 2026", level=2)
    for measure in MEASURES:
        document.add_paragraph(measure, style="List Number")

    document.add_heading("6. Uppföljning och ansvar", level=2)
    for text in EVALUATION:
        document.add_paragraph(text)
    document.add_paragraph(CONTACT)
    document.save(str(path))
    return path


if __name__ == "__main__":
    build()
