"""Builds `lommaryd-foreningsbidrag-2025.docx`, a kultur- och fritidsförvaltning's gender analysis among the
answer-eval's extra documents.

A fictional municipality's "Jämställdhetsanalys av föreningsbidrag och tider i idrottshallar 2025" as a Word
document, a kind of document from outside schools (kultur och fritid): a summary, a table of deltagartillfällen and
aktivitetsbidrag (kronor) by gender, age band (7–12, 13–20 år) and year (2023, 2024), a second table of hall hours
per week by sport with the share of the hours used by girls' and boys' teams, definitions, a paragraph on method
(the föreningsregister, self-reported by the föreningar), stated causes as a bulleted Word list, decided measures as
a numbered Word list (each item's own w:numPr, as Word's numbering button writes it) with responsible unit and date
and a cost for some only, and sentences on what the analysis does not cover. Written for the blind34 set
(evals/cases/blind34_*.jsonl); Lommaryds kommun, its halls, föreningar and people do not exist.

The .docx is committed; run this (`python -m evals.extra_docs.build_foreningsbidrag` or the file directly) only to
change the analysis. Line numbers in evals/cases/blind34_*.jsonl refer to the lines `ingest.load.load_document`
extracts from the .docx (one paragraph a line and a blank line after it, a table's rows one a line under its
caption, list items with the number or bullet Word shows), so re-check them after any change. The tables are written
by build_plan's `_table`; a fixed core-properties date keeps the text identical between builds (the zip timestamps
differ).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from evals.extra_docs.build_plan import _table

OUT = Path(__file__).resolve().parent / "lommaryd-foreningsbidrag-2025.docx"

TITLE = "Jämställdhetsanalys av föreningsbidrag och tider i idrottshallar 2025"

HEADER = [
    "Lommaryds kommun, kultur- och fritidsförvaltningen, föreningsenheten",
    "Beslutad av kultur- och fritidsnämnden den 21 maj 2025, § 48. Dnr KFN 2025/77.",
    "Utredare: Anders Nyqvist, kultur- och fritidsförvaltningen",
]

SUMMARY = [
    "Kultur- och fritidsförvaltningen har analyserat hur kommunens aktivitetsbidrag till idrottsföreningar och "
    "tiderna i kommunens idrottshallar fördelas mellan flickor och pojkar i åldern 7–20 år. Analysen är en del av "
    "kultur- och fritidsnämndens arbete med jämställdhetsintegrering och bygger på uppgifter för åren 2023 och 2024.",
    "Pojkarna står för en större del av deltagartillfällena och får därmed en större del av aktivitetsbidraget. År "
    "2024 gick 682 450 kronor av aktivitetsbidraget till flickors deltagande och 955 110 kronor till pojkars, vilket "
    "innebär att flickorna fick 42 procent av bidraget. Andelen var densamma år 2023.",
    "Skillnaden är störst i åldersgruppen 13–20 år. Där minskade flickornas deltagartillfällen från 24 470 år 2023 "
    "till 22 150 år 2024, medan pojkarnas ökade. I kommunens idrottshallar används 33 procent av de tilldelade "
    "timmarna av flicklag och 67 procent av pojklag.",
    "Kultur- och fritidsnämnden har beslutat om sex åtgärder för att fördelningen av bidrag och halltider ska bli "
    "mer jämställd. Åtgärderna redovisas i avsnitt 7.",
]

BACKGROUND = [
    "Lommaryds kommun ger varje år bidrag till ett sextiotal idrottsföreningar med barn- och ungdomsverksamhet. Det "
    "största bidraget är aktivitetsbidraget, som betalas ut efter hur många deltagartillfällen föreningen har haft. "
    "Kommunen fördelar också träningstider i sina sex idrottshallar. Tiderna är avgiftsfria för föreningarnas "
    "barn- och ungdomslag.",
    "Kommunfullmäktige har i sin jämställdhetsstrategi beslutat att kommunens resurser ska komma flickor och pojkar "
    "till del på lika villkor. Kultur- och fritidsnämnden gav därför förvaltningen i uppdrag att analysera "
    "fördelningen av föreningsbidrag och halltider per kön.",
]

DEFINITIONS_HEADING = "3. Begrepp"
DEFINITIONS = [
    "Med deltagartillfälle menas i analysen att en deltagare i åldern 7–20 år har varit med på en ledarledd "
    "sammankomst, till exempel en träning eller en match, som har pågått i minst 60 minuter. En deltagare som är med "
    "på två sammankomster samma dag räknas bara som ett deltagartillfälle.",
    "Aktivitetsbidrag är det bidrag som kommunen betalar ut till föreningar för varje deltagartillfälle, två gånger "
    "per år. Bidraget är 10 kronor per deltagartillfälle för deltagare 7–12 år och 11 kronor per deltagartillfälle "
    "för deltagare 13–20 år.",
    "Med flicklag och pojklag menas lag och träningsgrupper som föreningen har registrerat för flickor respektive "
    "pojkar. Mixade grupper är få och redovisas inte för sig.",
]

METHOD_HEADING = "4. Metod och underlag"
METHOD = [
    "Uppgifterna om deltagartillfällen och aktivitetsbidrag kommer från kommunens föreningsregister. Föreningarna "
    "rapporterar själva in sina deltagartillfällen per kön och åldersgrupp två gånger per år, i februari och i "
    "augusti. Förvaltningen kontrollerar närvarolistorna i stickprov men har inte granskat alla uppgifter.",
    "Uppgifterna om halltider kommer från kommunens bokningssystem och avser de tider som var tilldelade föreningarna "
    "under höstterminen 2024, vecka 36–49. Förvaltningen har jämfört de tilldelade tiderna med vilka lag som "
    "tränade på tiderna enligt föreningarnas egna scheman.",
]

TABLE_1_CAPTION = "Tabell 1. Deltagartillfällen och aktivitetsbidrag per kön, åldersgrupp och år"
TABLE_1 = [
    ["Grupp", "Deltagartillfällen 2023 (antal)", "Deltagartillfällen 2024 (antal)", "Aktivitetsbidrag 2023 (kronor)",
     "Aktivitetsbidrag 2024 (kronor)"],
    ["Flickor 7–12 år", "41 230", "43 880", "412 300", "438 800"],
    ["Pojkar 7–12 år", "52 610", "51 940", "526 100", "519 400"],
    ["Flickor 13–20 år", "24 470", "22 150", "269 170", "243 650"],
    ["Pojkar 13–20 år", "38 920", "39 610", "428 120", "435 710"],
    ["Samtliga flickor", "65 700", "66 030", "681 470", "682 450"],
    ["Samtliga pojkar", "91 530", "91 550", "954 220", "955 110"],
]

TABLE_1_TEXT = [
    "Bland de yngre barnen, 7–12 år, ökade flickornas deltagartillfällen med 2 650 mellan 2023 och 2024, medan "
    "pojkarnas minskade något. Bland ungdomarna 13–20 år gick utvecklingen åt andra hållet: flickornas "
    "deltagartillfällen minskade med 2 320 och pojkarnas ökade med 690.",
    "Eftersom bidraget är högre per deltagartillfälle för ungdomar förstärker minskningen bland flickor 13–20 år "
    "skillnaden i bidrag mellan flickor och pojkar.",
]

TABLE_2_CAPTION = ("Tabell 2. Tilldelade timmar per vecka i kommunens idrottshallar och andel av timmarna som "
                   "används av flicklag och pojklag, per idrott, höstterminen 2024")
TABLE_2 = [
    ["Idrott", "Timmar per vecka", "Andel flicklag (procent)", "Andel pojklag (procent)"],
    ["Innebandy", "46", "22", "78"],
    ["Handboll", "34", "52", "48"],
    ["Futsal", "20", "10", "90"],
    ["Basket", "18", "31", "69"],
    ["Volleyboll", "12", "64", "36"],
    ["Samtliga idrotter", "130", "33", "67"],
]

TABLE_2_TEXT = [
    "Innebandy har flest timmar i hallarna, 46 timmar per vecka, och där används 78 procent av timmarna av pojklag. "
    "Futsal har den mest ojämna fördelningen: 90 procent av timmarna används av pojklag. Volleyboll och handboll är "
    "de enda idrotter där flicklagen använder mer än hälften av timmarna.",
    "Tiderna på vardagar mellan klockan 17 och 20 är de mest efterfrågade. Av de tiderna används 29 procent av "
    "flicklag, medan flicklagen oftare får tider efter klockan 20 och på helger.",
]

CAUSES_INTRO = "Föreningarna och förvaltningen anger följande orsaker till skillnaderna:"
CAUSES = [
    "Tiderna mellan klockan 17 och 20 har fördelats efter hur många timmar föreningarna hade året innan, vilket "
    "gynnar lag som redan har många tider.",
    "Innebandy och futsal, där de flesta lag är pojklag, har flest lag och därmed flest timmar i hallarna.",
    "Många flickor slutar med organiserad idrott i 13–15-årsåldern, bland annat för att träningen blir inriktad på "
    "tävling och för att omklädningsrummen saknar enskilda duschar.",
    "Det finns få kvinnliga ledare och tränare för lag i åldern 13–20 år.",
]

MEASURES_INTRO = "Kultur- och fritidsnämnden beslutade den 21 maj 2025 om följande åtgärder:"
MEASURES = [
    "Halltiderna fördelas om så att flicklag får minst 40 procent av timmarna mellan klockan 17 och 20 på vardagar. "
    "Ansvarig: bokningsenheten, från och med höstterminen 2025.",
    "Ett utvecklingsbidrag för verksamhet som riktar sig till flickor 13–20 år införs den 1 januari 2026. Ansvarig: "
    "föreningsenheten. Kostnad: 250 000 kronor per år.",
    "Föreningar som söker aktivitetsbidrag ska redovisa sina ledare per kön i föreningsregistret från och med "
    "ansökningsomgången i februari 2026. Ansvarig: föreningsenheten.",
    "Omklädningsrummen i Ekbackshallen byggs om med enskilda duschar. Ansvarig: fastighetsenheten, klart senast den "
    "31 mars 2026. Kostnad: 1 200 000 kronor.",
    "Föreningskonsulenterna håller en utbildning i jämställd föreningsverksamhet för ledare i de fem största "
    "idrottsföreningarna under hösten 2025. Ansvarig: föreningsenheten.",
    "Analysen görs om med uppgifter för 2025 och redovisas för kultur- och fritidsnämnden i juni 2026. Ansvarig: "
    "kultur- och fritidsförvaltningens utredare.",
]

LIMITS = [
    "Analysen omfattar inte vuxna över 20 år, eftersom aktivitetsbidraget bara betalas ut för deltagare i åldern "
    "7–20 år. Den tar inte heller upp privata gym och träningsanläggningar, eftersom kommunen inte fördelar tider där.",
    "Föreningsregistret har inga uppgifter om deltagare som inte identifierar sig som flicka eller pojke, och "
    "analysen redovisar därför inga siffror om icke-binära deltagare. Någon enkät om hur nöjda deltagarna är med "
    "verksamheten har inte gjorts.",
]

CONTACT = "Kontakt: Anders Nyqvist, utredare, anders.nyqvist@lommaryd.se, telefon 0471-264 18."


def _list_item(document: docx.document.Document, text: str, num_id: int) -> None:
    """A paragraph that Word's numbering or bullet button made a list item: 'List Paragraph' and its own w:numPr
    (level 0 of the template's list `num_id`: 5 is its decimal list, 1 its bullets)."""
    paragraph = document.add_paragraph(text, style="List Paragraph")
    num_pr = OxmlElement("w:numPr")
    ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), "0")
    num.set(qn("w:val"), str(num_id))
    num_pr.extend([ilvl, num])
    paragraph._p.get_or_add_pPr().insert(1, num_pr)


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.author = "Anders Nyqvist"
    document.core_properties.title = TITLE
    document.core_properties.created = dt.datetime(2025, 5, 21, 9, 0)
    document.core_properties.modified = dt.datetime(2025, 5, 21, 9, 0)
    document.core_properties.last_modified_by = "Anders Nyqvist"
    document.core_properties.revision = 1

    document.add_heading(TITLE, level=1)
    for line in HEADER:
        document.add_paragraph(line)

    document.add_heading("1. Sammanfattning", level=2)
    for text in SUMMARY:
        document.add_paragraph(text)

    document.add_heading("2. Bakgrund", level=2)
    for text in BACKGROUND:
        document.add_paragraph(text)

    document.add_heading(DEFINITIONS_HEADING, level=2)
    for text in DEFINITIONS:
        document.add_paragraph(text)

    document.add_heading(METHOD_HEADING, level=2)
    for text in METHOD:
        document.add_paragraph(text)

    document.add_heading("5. Resultat", level=2)
    document.add_heading("5.1 Deltagartillfällen och aktivitetsbidrag", level=3)
    _table(document, TABLE_1_CAPTION, TABLE_1)
    for text in TABLE_1_TEXT:
        document.add_paragraph(text)
    document.add_heading("5.2 Tider i idrottshallarna", level=3)
    _table(document, TABLE_2_CAPTION, TABLE_2)
    for text in TABLE_2_TEXT:
        document.add_paragraph(text)

    document.add_heading("6. Orsaker", level=2)
    document.add_paragraph(CAUSES_INTRO)
    for cause in CAUSES:
        _list_item(document, cause, 1)

    document.add_heading("7. Åtgärder", level=2)
    document.add_paragraph(MEASURES_INTRO)
    for measure in MEASURES:
        _list_item(document, measure, 5)

    document.add_heading("8. Avgränsningar", level=2)
    for text in LIMITS:
        document.add_paragraph(text)
    document.add_paragraph(CONTACT)
    document.save(str(path))
    return path


if __name__ == "__main__":
    build()
