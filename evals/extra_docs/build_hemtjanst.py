"""Builds `granlida-hemtjanst-jamstalldhetsanalys-2025.pdf`, a kommun's gender analysis of home care among the
answer-eval's extra documents.

A fictional kommun's vård- och omsorgsförvaltning reports "Jämställdhetsanalys av hemtjänsten 2025" as a PDF: the
purpose and the background (why biståndsbedömd hemtjänst is analysed by gender); the method (data from the
verksamhetssystem, a review of 60 randomly chosen utredningar, interviews with biståndshandläggare and their
enhetschef, roles only); a table of beviljade hemtjänsttimmar per month by gender and age band (65–79, 80–89, 90 år
och äldre) for 2025 with the number of brukare, the total hours and the hours per brukare, and the hours per brukare
2024 for the rows that had them (the oldest band was not reported on its own in 2024, said why); a paragraph on
sammanboende and ensamboende brukare and their hours for serviceinsatser (städ, tvätt, inköp); the findings and the
causes named in the utredningar as lists with glyph bullets; the measures as a numbered list, each with its
responsible role and date and a cost for three of them only (and their total); the follow-up (when, to whom); what
the analysis does not cover. Written for the blind37 set (evals/cases/blind37_*.jsonl), whose unanswerable questions
each change one detail of what the report gives; Granlida kommun and its people do not exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_hemtjanst` or the file directly) only to change
the report. Line numbers in evals/cases/blind37_*.jsonl refer to the lines `ingest.load.load_document` extracts from
the PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds. The
figures agree with each other: the brukare and the hours of the 'Samtliga' row are the sums of the rows above, each
hours-per-brukare figure is the row's hours over its brukare rounded to one decimal, the differences stated in the
text are those of the cells, and the measures' total cost is the sum of the three costs given.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "granlida-hemtjanst-jamstalldhetsanalys-2025.pdf"

TITLE = "Jämställdhetsanalys av hemtjänsten 2025"

# Gender and age band, brukare 2025, beviljade timmar per månad in total October 2025, hours per brukare 2024
# ("–": the band was not reported on its own in 2024).
HOURS_ROWS = [
    ("Kvinnor 65–79 år", 142, 3479, "23,8"),
    ("Kvinnor 80–89 år", 268, 8362, "30,6"),
    ("Kvinnor 90 år och äldre", 131, 5030, "–"),
    ("Män 65–79 år", 96, 2678, "26,1"),
    ("Män 80–89 år", 154, 5344, "33,9"),
    ("Män 90 år och äldre", 47, 1927, "–"),
]


def decimal(value: float) -> str:
    """'31,2': a figure with one decimal and a Swedish decimal comma."""
    return f"{value:.1f}".replace(".", ",")


def thousands(value: int) -> str:
    """'8 362': a whole number with a space between thousands."""
    return f"{value:,}".replace(",", " ")


def hours_table() -> list[list[str]]:
    """Tabell 1's rows: header, the six groups and their sum ('Samtliga', without 2024: the oldest band lacks it)."""
    rows = [["Kön och ålder", "Brukare 2025", "Timmar 2025", "Per brukare 2025", "Per brukare 2024"]]
    for name, brukare, hours, before in HOURS_ROWS:
        rows.append([name, str(brukare), thousands(hours), decimal(hours / brukare), before])
    brukare = sum(r[1] for r in HOURS_ROWS)
    hours = sum(r[2] for r in HOURS_ROWS)
    rows.append(["Samtliga", str(brukare), thousands(hours), decimal(hours / brukare), "–"])
    return rows


INTRO = [
    "Granlida kommun, vård- och omsorgsförvaltningen, biståndsenheten. Dnr VON 2025/163. Behandlad av vård- och "
    "omsorgsnämnden den 11 december 2025.",
]

PURPOSE = [
    "Syftet med analysen är att ta reda på om kvinnor och män som ansöker om hemtjänst får sina behov bedömda och "
    "tillgodosedda på lika villkor, och att ta fram åtgärder där de inte gör det. Analysen ingår i förvaltningens "
    "arbete med jämställdhetsintegrering och följer upp ett av målen i kommunens jämställdhetsplan 2024–2027.",
    "Hemtjänst beviljas som bistånd efter en individuell behovsbedömning enligt socialtjänstlagen. Regelverket är "
    "könsneutralt, men nationella granskningar har visat att bedömningarna ändå kan bli olika för kvinnor och män, "
    "till exempel när handläggaren utgår från att en kvinna som bor med en man kan sköta hushållet åt båda. Eftersom "
    "hemtjänsten är en av kommunens största verksamheter och de flesta brukarna är kvinnor, får sådana skillnader "
    "stor betydelse för de äldres vardag och för anhöriga som tar över det arbete som hemtjänsten inte gör.",
    "Med serviceinsatser menas i analysen städning, tvätt och inköp. Med omsorgsinsatser menas hjälp med personlig "
    "hygien, på- och avklädning, måltider och förflyttning.",
]

METHOD = [
    "Analysen bygger på tre underlag. Uppgifter om beviljade insatser och timmar hämtades ur kommunens "
    "verksamhetssystem för äldreomsorgen för oktober 2025 och för oktober 2024. En granskning gjordes av 60 "
    "slumpmässigt utvalda utredningar om hemtjänst från första halvåret 2025, 30 om kvinnor och 30 om män. "
    "Dessutom hölls två gruppintervjuer med sammanlagt nio biståndshandläggare och en intervju med biståndsenhetens "
    "enhetschef.",
]

HOURS_TEXT_BEFORE = [
    "Tabell 1 visar hur många brukare 65 år och äldre som hade beviljad hemtjänst i oktober 2025 och hur många "
    "timmar per månad de var beviljade, efter kön och åldersgrupp.",
]

HOURS_TEXT_AFTER = [
    "Män beviljades fler timmar per brukare än kvinnor i alla tre åldersgrupperna. I åldersgruppen 80–89 år "
    "beviljades män i genomsnitt 3,5 timmar mer per månad än kvinnor. Åldersgruppen 90 år och äldre redovisades "
    "inte för sig 2024, eftersom verksamhetssystemet då bara delade in brukarna i två åldersgrupper.",
    "Kvinnorna är 541 av de 838 brukarna, det vill säga 65 procent.",
]

HOUSEHOLD = [
    "Granskningen av utredningarna visar störst skillnad för serviceinsatser. Kvinnor som är sammanboende med en man "
    "beviljades i genomsnitt 4,2 timmar per månad för städning, tvätt och inköp, medan ensamboende kvinnor "
    "beviljades 7,9 timmar. Män som är sammanboende med en kvinna beviljades 6,8 timmar och ensamboende män 8,1 "
    "timmar. Skillnaden mellan sammanboende kvinnor och sammanboende män är alltså 2,6 timmar per månad. Av de 60 "
    "granskade utredningarna gällde 22 personer som var sammanboende.",
]

FINDINGS_INTRO = ["Analysen visar följande skillnader mellan kvinnor och män:"]

FINDINGS = [
    "Män beviljas oftare matdistribution: 38 procent av männen mot 24 procent av kvinnorna.",
    "Kvinnor har oftare trygghetslarm: 71 procent av kvinnorna mot 58 procent av männen.",
    "Män beviljas fler timmar per månad än kvinnor i samma åldersgrupp.",
    "Sammanboende kvinnor beviljas färre timmar för serviceinsatser än sammanboende män.",
    "Kvinnor var i genomsnitt 83 år när de första gången ansökte om hemtjänst, män 80 år.",
]

CAUSES_INTRO = ["I de granskade utredningarna och i intervjuerna framkom följande orsaker till skillnaderna:"]

CAUSES = [
    "att en sammanboende kvinna antas kunna sköta hushållet även för sin partner",
    "att män oftare bedöms sakna förmåga att laga mat och därför beviljas matdistribution",
    "att utredningsmallen saknar en fråga om hur hushållsarbetet fördelas mellan de sammanboende",
    "att anhörigas hjälp oftare antecknas som en resurs när den anhöriga är en dotter än när den är en son",
]

MEASURES_INTRO = ["Vård- och omsorgsnämnden beslutade den 11 december 2025 om följande åtgärder:"]

MEASURES = [
    "Alla biståndshandläggare går en utbildning i genusmedveten biståndsbedömning. Ansvarig: enhetschefen för "
    "biståndsenheten. Klart senast den 30 april 2026. Kostnad: 85 000 kronor.",
    "En checklista om hur hushållsarbetet fördelas förs in i utredningsmallen. Ansvarig: kvalitetsutvecklaren på "
    "biståndsenheten. Klart senast den 31 mars 2026.",
    "Verksamhetssystemet kompletteras så att beviljade timmar kan tas fram per insats och kön varje kvartal. "
    "Ansvarig: systemförvaltaren på vård- och omsorgsförvaltningen. Klart senast den 30 september 2026. Kostnad: "
    "140 000 kronor.",
    "Biståndsenheten håller en ärendedragning med jämställdhetsfokus en gång i månaden. Ansvarig: "
    "biståndsenhetens samordnare. Från och med den 1 februari 2026.",
    "Informationen om hemtjänst på webben och i broschyren skrivs om så att den vänder sig lika till kvinnor och "
    "män. Ansvarig: förvaltningens kommunikatör. Klart senast den 31 maj 2026. Kostnad: 25 000 kronor.",
]

MEASURES_AFTER = ["Åtgärderna kostar sammanlagt 250 000 kronor och ryms inom förvaltningens budget för 2026."]

FOLLOW_UP = [
    "En ny granskning av 60 utredningar görs i oktober 2026 på samma sätt som 2025. Resultatet redovisas för "
    "vård- och omsorgsnämnden i december 2026, tillsammans med beviljade timmar efter kön och åldersgrupp ur "
    "verksamhetssystemet.",
]

LIMITS = [
    "Analysen omfattar inte särskilt boende, insatser enligt LSS eller hemsjukvård. Personer under 65 år med "
    "hemtjänst ingår inte, eftersom de är för få för att redovisas efter kön. Analysen har inte heller undersökt "
    "hur nöjda brukarna är med hemtjänsten eller hur många timmar som faktiskt utfördes.",
]


def build(path: Path = OUT) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from evals.extra_docs.pdf_parts import bulleted, captioned_table, numbered, report_styles
    from evals.extra_docs.pdf_parts import paragraphs as set_paragraphs

    styles, normal = report_styles()
    h2 = styles["Heading2"]

    def paragraphs(texts: list[str]) -> list:
        return set_paragraphs(texts, normal)

    def table(caption: str, rows: list[list[str]], widths: list[float]) -> list:
        return captioned_table(caption, rows, widths, normal)

    story: list = [Paragraph(TITLE, styles["Title"]), *paragraphs(INTRO)]
    story += [Paragraph("1. Syfte och bakgrund", h2), *paragraphs(PURPOSE)]
    story += [Paragraph("2. Metod", h2), *paragraphs(METHOD)]
    story += [Paragraph("3. Beviljade timmar efter kön och ålder", h2), *paragraphs(HOURS_TEXT_BEFORE)]
    story += table("Tabell 1. Beviljade hemtjänsttimmar per månad efter kön och åldersgrupp: antal brukare, timmar "
                   "och timmar per brukare i oktober 2025 och timmar per brukare i oktober 2024", hours_table(),
                   [130, 75, 75, 85, 85])
    story += paragraphs(HOURS_TEXT_AFTER)
    story += [Paragraph("4. Sammanboende och ensamboende", h2), *paragraphs(HOUSEHOLD)]
    story += [Paragraph("5. Resultat", h2), *paragraphs(FINDINGS_INTRO), bulleted(FINDINGS, normal), Spacer(1, 6)]
    story += [Paragraph("6. Orsaker", h2), *paragraphs(CAUSES_INTRO), bulleted(CAUSES, normal), Spacer(1, 6)]
    story += [Paragraph("7. Åtgärder", h2), *paragraphs(MEASURES_INTRO), numbered(MEASURES, normal),
              Spacer(1, 6), *paragraphs(MEASURES_AFTER)]
    story += [Paragraph("8. Uppföljning", h2), *paragraphs(FOLLOW_UP)]
    story += [Paragraph("9. Det här omfattar analysen inte", h2), *paragraphs(LIMITS)]
    story += paragraphs(["Kontakt: kvalitetsutvecklaren på biståndsenheten, vård- och omsorgsförvaltningen, "
                         "Granlida kommun."])
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Granlida kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
