"""Builds `vretasa-idrottstider-jamstalldhetsanalys-2025.docx`, a kultur- och fritidsförvaltning's gender analysis of
the times in the kommun's sports facilities among the answer-eval's extra documents.

A fictional municipality's "Fördelning av tider i kommunens idrottsanläggningar 2025 – en jämställdhetsanalys" as a
Word document: a sammanfattning, the syfte and uppdrag (kultur- och fritidsnämnden's decision with its date and
§-number, the barnkonventionen's law as a national source in a footnote mark '¹' with its note at the end), the method
(the bokningssystem's data for säsongen 2024/25, an enkät to the föreningar with its svarsfrekvens, interviews by
role only), Tabell 1 of the tilldelade timmar per vecka per anläggning by activities for flickor, pojkar and mixade
grupper with a 'Totalt' row and column, Tabell 2 of the six föreningar with the most hours and their deltagare's
shares by kön, Tabell 3 of the prime time (vardagar kl. 17–20) shares for säsongerna 2023/24 and 2024/25, the avgift
per timme for ungdom and vuxna, the findings as a nested bulleted Word list (level 0 and level 1 items, each with its
own w:numPr), six åtgärder as a numbered Word list with an ansvarig role and a date or term and a cost for three only,
the uppföljning (kultur- och fritidsnämnden) and what the analysis does not cover. A hall (Ekliden bollhall) and a
förening (Forsa BK) are named with no figures. Written for the blind41 set (evals/cases/blind41_*.jsonl); Vretåsa
kommun, its facilities, föreningar and people do not exist.

The .docx is committed; run this (`python -m evals.extra_docs.build_idrottstider` or the file directly) only to
change the analysis. Line numbers in evals/cases/blind41_*.jsonl refer to the lines `ingest.load.load_document`
extracts from the .docx (one paragraph a line and a blank line after it, a table's rows one a line under its
caption, list items with the number or bullet Word shows, a level-1 item set in two more spaces), so re-check them
after any change. The tables are written by build_plan's `_table`; a fixed core-properties date keeps the text
identical between builds (the zip timestamps differ).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from evals.extra_docs.build_plan import _table

OUT = Path(__file__).resolve().parent / "vretasa-idrottstider-jamstalldhetsanalys-2025.docx"

TITLE = "Fördelning av tider i kommunens idrottsanläggningar 2025 – en jämställdhetsanalys"

HEADER = [
    "Vretåsa kommun, kultur- och fritidsförvaltningen, fritidsavdelningen",
    "Rapport till kultur- och fritidsnämnden, september 2025. Dnr KFN 2024/112.",
]

# Tabell 1: anläggning, timmar per vecka för flickor, pojkar och mixade grupper (säsongen 2024/25).
FACILITIES = [
    ("Björkängshallen (sporthall)", 22, 38, 6),
    ("Vretåsa ishall", 9, 41, 4),
    ("Smedjevallens konstgräsplan", 14, 31, 3),
    ("Vretåsabadet (simhall)", 12, 10, 14),
    ("Tallbackens gymnastiksal", 17, 5, 8),
]

# Tabell 2: förening, timmar per vecka, andel flickor och pojkar av deltagarna (procent).
CLUBS = [
    ("Vretåsa IBK (innebandy)", 28, 24),
    ("IK Smedjan (fotboll)", 26, 35),
    ("Vretåsa HC (ishockey)", 25, 8),
    ("Simklubben Kaskad (simning)", 20, 58),
    ("Vretåsa Konståkningsklubb (konståkning)", 14, 91),
    ("GF Vågen (gymnastik)", 13, 83),
]

# Tabell 3: säsong, andel av tiderna vardagar kl. 17–20 för flickor, pojkar och mixade grupper (procent).
PRIME_TIME = [
    ("2023/24", 27, 61, 12),
    ("2024/25", 30, 58, 12),
]
PRIME_TIME_HOURS = 120

ASKED, ANSWERS = 42, 31


def share(part: int, whole: int) -> int:
    """A share in whole percent, rounded half up as the report rounds."""
    return int(part * 100 / whole + 0.5)


def facilities_table() -> list[list[str]]:
    rows = [["Anläggning", "Flickor (timmar)", "Pojkar (timmar)", "Mixade (timmar)", "Totalt (timmar)"]]
    for name, girls, boys, mixed in FACILITIES:
        rows.append([name, str(girls), str(boys), str(mixed), str(girls + boys + mixed)])
    sums = [sum(row[i] for row in FACILITIES) for i in (1, 2, 3)]
    rows.append(["Totalt", *(str(s) for s in sums), str(sum(sums))])
    return rows


def clubs_table() -> list[list[str]]:
    rows = [["Förening", "Timmar per vecka", "Andel flickor av deltagarna (procent)",
             "Andel pojkar av deltagarna (procent)"]]
    rows += [[name, str(hours), str(girls), str(100 - girls)] for name, hours, girls in CLUBS]
    return rows


def prime_time_table() -> list[list[str]]:
    rows = [["Säsong", "Flickor (procent)", "Pojkar (procent)", "Mixade (procent)"]]
    rows += [[season, str(g), str(b), str(m)] for season, g, b, m in PRIME_TIME]
    return rows


_TOTAL = sum(g + b + m for _, g, b, m in FACILITIES)
_GIRLS = sum(g for _, g, _b, _m in FACILITIES)
_BOYS = sum(b for _, _g, b, _m in FACILITIES)
_MIXED = sum(m for _, _g, _b, m in FACILITIES)
_CLUB_HOURS = sum(hours for _, hours, _ in CLUBS)

SUMMARY = [
    "Kultur- och fritidsförvaltningen har analyserat hur tiderna i kommunens fem största idrottsanläggningar "
    "fördelades mellan aktiviteter för flickor, pojkar och mixade grupper under säsongen 2024/25.",
    f"Av de {_TOTAL} timmar per vecka som fördelades till föreningarnas barn- och ungdomsverksamhet gick {_BOYS} "
    f"timmar ({share(_BOYS, _TOTAL)} procent) till aktiviteter för pojkar, {_GIRLS} timmar ({share(_GIRLS, _TOTAL)} "
    f"procent) till aktiviteter för flickor och {_MIXED} timmar ({share(_MIXED, _TOTAL)} procent) till mixade "
    "grupper. Flickornas andel av de mest efterfrågade tiderna, vardagar klockan 17–20, ökade från 27 till 30 "
    "procent mellan säsongerna 2023/24 och 2024/25.",
    "Förvaltningen föreslår sex åtgärder, som redovisas i avsnitt 6.",
]

PURPOSE = [
    "Syftet med analysen är att ta reda på om kommunens idrottsanläggningar kommer flickor och pojkar till del på "
    "lika villkor, så som barnkonventionen kräver.¹ Analysen ska också ge underlag för nya regler för "
    "fördelningen av tider.",
    "Kultur- och fritidsnämnden gav den 12 juni 2024, § 57, kultur- och fritidsförvaltningen i uppdrag att "
    "analysera fördelningen av tider i kommunens idrottsanläggningar per kön och att redovisa analysen för "
    "nämnden senast i september 2025.",
]

METHOD = [
    "Uppgifterna om tilldelade tider kommer från kommunens bokningssystem och avser säsongen 2024/25, från den 1 "
    "september 2024 till den 31 mars 2025. En aktivitet räknas som en aktivitet för flickor eller för pojkar när "
    "minst 80 procent av deltagarna har det könet; övriga räknas som mixade. Könsfördelningen bygger på "
    "föreningarnas egna uppgifter.",
    f"Förvaltningen skickade i april 2025 en enkät till de {ASKED} föreningar som hade tider i anläggningarna. Av "
    f"dem svarade {ANSWERS}, vilket ger en svarsfrekvens på {share(ANSWERS, ASKED)} procent.",
    "Dessutom gjordes sex intervjuer: två med bokningshandläggare, en med anläggningschefen, en med "
    "föreningskonsulenten och två med ordförande i idrottsföreningar.",
]

TABLE_1_CAPTION = "Tabell 1. Tilldelade timmar per vecka per anläggning och grupp, säsongen 2024/25"
TABLE_1_TEXT = [
    "Pojkaktiviteterna har flest timmar i alla anläggningar utom Vretåsabadet och Tallbackens gymnastiksal. "
    "Skillnaden är störst i ishallen, där aktiviteter för pojkar har 32 timmar fler per vecka än aktiviteter "
    "för flickor.",
    "Ekliden bollhall, som öppnade i mars 2025, ingår inte i tabellen. Basketföreningen Forsa BK, som startade "
    "ett flicklag hösten 2024, har tider i Björkängshallen men redovisas inte för sig.",
]

TABLE_2_CAPTION = "Tabell 2. De sex föreningar som hade flest tider och deras deltagare per kön, säsongen 2024/25"
TABLE_2_TEXT = [
    f"De sex föreningarna hade tillsammans {_CLUB_HOURS} av de {_TOTAL} timmarna per vecka, eller "
    f"{share(_CLUB_HOURS, _TOTAL)} procent.",
]

TABLE_3_CAPTION = ("Tabell 3. Andel av tiderna vardagar klockan 17–20 som gick till aktiviteter för flickor, pojkar "
                   "och mixade grupper")
TABLE_3_TEXT = [
    f"Vardagar klockan 17–20 fördelas {PRIME_TIME_HOURS} timmar per vecka. Flickornas andel av de tiderna ökade "
    f"med {PRIME_TIME[1][1] - PRIME_TIME[0][1]} procentenheter mellan säsongerna 2023/24 och 2024/25, medan "
    f"pojkarnas andel minskade med {PRIME_TIME[0][2] - PRIME_TIME[1][2]} procentenheter.",
]

FEES = [
    "Föreningarna betalar 60 kronor per timme för ungdomsverksamhet, för deltagare upp till 20 år, och 250 kronor "
    "per timme för vuxenverksamhet i sporthallen, gymnastiksalen och på konstgräsplanen. I ishallen är avgiften 150 "
    "kronor per timme för ungdom och 600 kronor per timme för vuxna. I simhallen kostar en bana 90 kronor per timme "
    "för ungdom och 300 kronor per timme för vuxna.",
]

FINDINGS_INTRO = "Analysen visar följande:"
FINDINGS = [
    ("Aktiviteter för pojkar får fler tider än aktiviteter för flickor.", [
        f"Pojkaktiviteterna hade {_BOYS} av {_TOTAL} timmar per vecka, flickaktiviteterna {_GIRLS}.",
        "Skillnaden är störst i ishallen, där pojkaktiviteterna hade 41 av 54 timmar.",
    ]),
    ("Flickor får oftare sena tider.", [
        "Flickaktiviteterna hade 30 procent av tiderna vardagar klockan 17–20 säsongen 2024/25.",
        "Av tiderna efter klockan 20 gick 41 procent till aktiviteter för flickor.",
    ]),
    ("Tiderna fördelas efter historik.", [
        "Föreningar som hade en tid säsongen innan får behålla den i första hand, vilket gynnar lag som redan har "
        "många tider.",
    ]),
    ("Gymnastiksalen och simhallen används mest av flickor och mixade grupper.", []),
]

MEASURES_INTRO = "Förvaltningen föreslår följande åtgärder:"
MEASURES = [
    "Tiderna vardagar klockan 17–20 fördelas efter antalet aktiva deltagare i stället för efter historik, så att "
    "aktiviteter för flickor får minst 40 procent av dem. Ansvarig: bokningsenheten, från och med säsongen 2025/26.",
    "Fem timmar per vecka i ishallen reserveras för flickhockey och konståkning. Ansvarig: fritidschefen, från och "
    "med den 1 september 2025. Kostnad: 85 000 kronor per säsong.",
    "Föreningarna ska redovisa sina deltagare per kön när de ansöker om tider. Ansvarig: bokningsenheten, från och "
    "med ansökningsomgången i mars 2026.",
    "Föreningskonsulenten stöttar föreningar som vill starta flicklag i innebandy och ishockey. Ansvarig: "
    "föreningskonsulenten, under våren 2026. Kostnad: 120 000 kronor.",
    "Bokningssystemet kompletteras så att tiderna kan följas upp per kön och ålder. Ansvarig: bokningsenheten, klart "
    "senast den 31 december 2025.",
    "Belysningen på Smedjevallens konstgräsplan förbättras så att fler vill träna där sent på kvällen. Ansvarig: "
    "fritidschefen, under hösten 2025. Kostnad: 350 000 kronor.",
]

FOLLOW_UP = [
    "Fritidschefen redovisar för kultur- och fritidsnämnden hur åtgärderna har genomförts i februari 2026. Analysen "
    "görs om med uppgifter för säsongen 2025/26 och redovisas för nämnden i oktober 2026.",
]

LIMITS = [
    "Analysen omfattar inte spontanidrott, till exempel utegym och spontanidrottsplatser, och inte privata gym. "
    "Skolans idrottsundervisning, som har tider i anläggningarna dagtid, ingår inte heller. Tider som privatpersoner "
    "bokar och vuxnas motionsverksamhet redovisas inte.",
]

FOOTNOTE = ("¹ Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter, artikel 2 och artikel 31.")


def _list_item(document: docx.document.Document, text: str, num_id: int, level: int = 0) -> None:
    """A paragraph that Word's numbering or bullet button made a list item: 'List Paragraph' and its own w:numPr
    (level `level` of the template's list `num_id`: 5 is its decimal list, 1 its bullets)."""
    paragraph = document.add_paragraph(text, style="List Paragraph")
    num_pr = OxmlElement("w:numPr")
    ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), str(level))
    num.set(qn("w:val"), str(num_id))
    num_pr.extend([ilvl, num])
    paragraph._p.get_or_add_pPr().insert(1, num_pr)


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.author = "Kultur- och fritidsförvaltningen"
    document.core_properties.title = TITLE
    document.core_properties.created = dt.datetime(2025, 9, 10, 9, 0)
    document.core_properties.modified = dt.datetime(2025, 9, 10, 9, 0)
    document.core_properties.last_modified_by = "Kultur- och fritidsförvaltningen"
    document.core_properties.revision = 1

    document.add_heading(TITLE, level=1)
    for line in HEADER:
        document.add_paragraph(line)

    document.add_heading("1. Sammanfattning", level=2)
    for text in SUMMARY:
        document.add_paragraph(text)

    document.add_heading("2. Syfte och uppdrag", level=2)
    for text in PURPOSE:
        document.add_paragraph(text)

    document.add_heading("3. Metod och underlag", level=2)
    for text in METHOD:
        document.add_paragraph(text)

    document.add_heading("4. Resultat", level=2)
    document.add_heading("4.1 Tider per anläggning", level=3)
    _table(document, TABLE_1_CAPTION, facilities_table())
    for text in TABLE_1_TEXT:
        document.add_paragraph(text)
    document.add_heading("4.2 Föreningarna med flest tider", level=3)
    _table(document, TABLE_2_CAPTION, clubs_table())
    for text in TABLE_2_TEXT:
        document.add_paragraph(text)
    document.add_heading("4.3 Tider vardagar klockan 17–20", level=3)
    _table(document, TABLE_3_CAPTION, prime_time_table())
    for text in TABLE_3_TEXT:
        document.add_paragraph(text)
    document.add_heading("4.4 Avgifter", level=3)
    for text in FEES:
        document.add_paragraph(text)

    document.add_heading("5. Slutsatser", level=2)
    document.add_paragraph(FINDINGS_INTRO)
    for finding, subs in FINDINGS:
        _list_item(document, finding, 1)
        for sub in subs:
            _list_item(document, sub, 1, level=1)

    document.add_heading("6. Åtgärder", level=2)
    document.add_paragraph(MEASURES_INTRO)
    for measure in MEASURES:
        _list_item(document, measure, 5)

    document.add_heading("7. Uppföljning", level=2)
    for text in FOLLOW_UP:
        document.add_paragraph(text)

    document.add_heading("8. Vad analysen inte omfattar", level=2)
    for text in LIMITS:
        document.add_paragraph(text)

    document.add_heading("Noter", level=2)
    document.add_paragraph(FOOTNOTE)
    document.save(str(path))
    return path


if __name__ == "__main__":
    build()
