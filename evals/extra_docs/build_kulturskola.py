"""Builds `siljeby-kulturskola-jamstalldhetsanalys-2025.pdf`, a kommun's gender-equality analysis of its
kulturskola among the answer-eval's extra documents.

A fictional kommun's kultur- och fritidsförvaltning reports "Jämställdhetsanalys av kulturskolan 2025 – deltagande,
avgifter och kö" as a PDF: a short sammanfattning; the purpose and the background (the kommun's
jämställdhetsstrategi, the national kulturskoleutredning in a footnote set raised, '¹', and its note at the end); the
method (the kulturskola's elevregister for läsåret 2024/25, an enkät to the elever in årskurs 5 with its
svarsfrekvens, three fokusgrupper, roles only); a table of the elever per ämne by flickor and pojkar with a 'Totalt'
row and column; the filialer, with figures for one of the two only; a table of the kö by gender for läsåren 2023/24
and 2024/25; the avgift per termin, the syskonrabatt and the avgiftsbefrielse by gender; the findings as a nested
list with glyph bullets ('•' items, '–' sub-items); the measures as a numbered list, each with a responsible role
and a term or date and a cost for three of them only; the follow-up (when, to whom: kultur- och fritidsnämnden); what
the analysis does not cover (studieförbundens kurser, privata musikskolor). Written for the blind40 set
(evals/cases/blind40_*.jsonl), whose unanswerable questions each change one detail of what the report gives; Siljeby
kommun, its schools, districts and people do not exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_kulturskola` or the file directly) only to change
the report. Line numbers in evals/cases/blind40_*.jsonl refer to the lines `ingest.load.load_document` extracts from
the PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds. The
figures agree with each other: each row's 'Totalt' is its flickor plus its pojkar and the 'Totalt' row the sum of the
rows above, the shares stated in the text and the findings are those of the cells (rounded to whole procent), the kö
rows' totals and the growth stated are those of the cells, the avgiftsbefrielse total is the flickor plus the pojkar,
the svarsfrekvens is the answers over those asked, and the yearly cost stated is the sum of the two yearly costs.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "siljeby-kulturskola-jamstalldhetsanalys-2025.pdf"

TITLE = "Jämställdhetsanalys av kulturskolan 2025 – deltagande, avgifter och kö"

# Ämne, flickor, pojkar: elever läsåret 2024/25 per ämne (each elev counted in the ämne of the main course).
SUBJECTS = [
    ("Piano", 64, 38),
    ("Gitarr", 29, 57),
    ("Trummor", 9, 41),
    ("Sång", 71, 12),
    ("Dans", 118, 14),
    ("Teater", 46, 22),
    ("Bild", 53, 19),
]

# Läsår, flickor, pojkar in the kö on 1 September.
QUEUE = [
    ("2023/24", 112, 64),
    ("2024/25", 138, 71),
]

# The enkät in årskurs 5: asked, answered.
ASKED, ANSWERS = 412, 291

# Avgiftsbefrielse läsåret 2024/25: flickor, pojkar.
EXEMPT = (27, 14)

# The two measures with a cost per läsår (kronor).
YEARLY_COSTS = (120_000, 90_000)
ONE_OFF_COST = 35_000


def share(part: int, whole: int) -> int:
    """A share in whole procent, rounded half up."""
    return int(100 * part / whole + 0.5)


def kronor(value: int) -> str:
    """'120 000': a whole number with a space between thousands."""
    return f"{value:,}".replace(",", " ")


def subjects_table() -> list[list[str]]:
    """Tabell 1's rows: header, the ämnen and their sum ('Totalt')."""
    rows = [["Ämne", "Flickor", "Pojkar", "Totalt"]]
    for name, girls, boys in SUBJECTS:
        rows.append([name, str(girls), str(boys), str(girls + boys)])
    girls = sum(r[1] for r in SUBJECTS)
    boys = sum(r[2] for r in SUBJECTS)
    rows.append(["Totalt", str(girls), str(boys), str(girls + boys)])
    return rows


def queue_table() -> list[list[str]]:
    """Tabell 2's rows: header and the two läsår with their totals."""
    rows = [["Läsår", "Flickor", "Pojkar", "Totalt"]]
    for year, girls, boys in QUEUE:
        rows.append([year, str(girls), str(boys), str(girls + boys)])
    return rows


def _figures() -> dict[str, int]:
    by = {name: (g, b) for name, g, b in SUBJECTS}
    girls = sum(r[1] for r in SUBJECTS)
    boys = sum(r[2] for r in SUBJECTS)
    return {
        "girls": girls, "boys": boys, "all": girls + boys, "girls_share": share(girls, girls + boys),
        "drums_boys": share(by["Trummor"][1], sum(by["Trummor"])),
        "guitar_boys": share(by["Gitarr"][1], sum(by["Gitarr"])),
        "dance_girls": share(by["Dans"][0], sum(by["Dans"])),
        "song_girls": share(by["Sång"][0], sum(by["Sång"])),
        "queue_before": sum(QUEUE[0][1:]), "queue_now": sum(QUEUE[1][1:]),
    }


F = _figures()

INTRO = [
    "Siljeby kommun, kultur- och fritidsförvaltningen, Siljeby kulturskola. Dnr KFN 2025/48. Behandlad av kultur- "
    "och fritidsnämnden den 22 maj 2025.",
]

SUMMARY = [
    f"Läsåret 2024/25 hade Siljeby kulturskola {F['all']} elever i ämneskurser, varav {F['girls']} flickor och "
    f"{F['boys']} pojkar. Flickorna är alltså {F['girls_share']} procent av eleverna. Ämnesvalen är tydligt "
    "könsbundna, fler flickor än pojkar står i kö och pojkar slutar oftare när de börjar högstadiet. Analysen "
    "föreslår sex åtgärder som ska följas upp av kultur- och fritidsnämnden.",
]

PURPOSE = [
    "Syftet med analysen är att ta reda på om flickor och pojkar i Siljeby har samma möjligheter att delta i "
    "kulturskolans verksamhet, och om avgifterna och kön påverkar dem olika. Analysen är en del av arbetet med "
    "kommunens jämställdhetsstrategi 2022–2026, som säger att varje nämnd ska analysera minst en verksamhet riktad "
    "till barn och unga ur ett jämställdhetsperspektiv.",
    "Kulturskolan är frivillig och avgiftsbelagd och erbjuder undervisning efter skoltid för barn och unga från "
    "årskurs 1 till och med gymnasiet. Den statliga kulturskoleutredningen har visat att flickor är i majoritet "
    "bland kulturskolornas elever i hela landet och att valen av ämne ofta följer kön.<super>1</super>",
]

METHOD = [
    "Analysen bygger på tre underlag. Uppgifter om elever, ämnen, avgiftsbefrielse och kö hämtades ur kulturskolans "
    "elevregister för läsåret 2024/25. En enkät skickades i mars 2025 till alla elever i årskurs 5 i kommunens "
    f"grundskolor, både de som går i kulturskolan och de som inte gör det. Av de {ASKED} tillfrågade svarade "
    f"{ANSWERS} (svarsfrekvens {share(ANSWERS, ASKED)} procent). Dessutom hölls tre fokusgrupper: en med lärare i "
    "kulturskolan, en med elever i årskurs 8 som har slutat i kulturskolan och en med vårdnadshavare.",
]

SUBJECTS_BEFORE = [
    "Tabell 1 visar hur många flickor och pojkar som gick i kulturskolans ämneskurser läsåret 2024/25. Varje elev "
    "räknas i det ämne som är elevens huvudkurs.",
]

SUBJECTS_AFTER = [
    f"Pojkarna är {F['drums_boys']} procent av eleverna i trummor och {F['guitar_boys']} procent i gitarr. "
    f"Flickorna är {F['dance_girls']} procent av eleverna i dans och {F['song_girls']} procent i sång. Piano, "
    "teater och bild har en flickmajoritet som ligger nära kulturskolans genomsnitt.",
    "Kulturskolan undervisar i Tornviksskolan i centrala Siljeby och på två filialer. På filialen i Hagtorp gick "
    "87 elever, 58 flickor och 29 pojkar. Filialen i Lövåsen öppnade i januari 2025; dess elever ingår i tabellen "
    "men redovisas inte för sig.",
]

DROPOUT = [
    "Under läsåret 2024/25 slutade 14 procent av pojkarna i årskurs 7–9 i kulturskolan, mot 8 procent av "
    "flickorna i samma årskurser. I årskurs 1–6 var skillnaden mellan flickor och pojkar liten.",
    "I enkäten svarade 38 procent av pojkarna och 21 procent av flickorna som inte går i kulturskolan att de inte "
    "vet vad kulturskolan erbjuder.",
]

QUEUE_BEFORE = [
    "Elever som inte får plats i det ämne de söker ställs i kö. Tabell 2 visar hur många flickor och pojkar som "
    "stod i kö den 1 september vid början av läsåren 2023/24 och 2024/25. Kön redovisas inte per ämne i "
    "elevregistret.",
]

QUEUE_AFTER = [
    f"Kön växte med {F['queue_now'] - F['queue_before']} elever mellan de två läsåren. Båda åren var ungefär två "
    "av tre i kön flickor.",
]

FEES = [
    "Avgiften för en ämneskurs är 750 kronor per termin. Den som hyr ett instrument av kulturskolan betalar "
    "dessutom 300 kronor per termin i instrumenthyra. Syskonrabatt ges så att det andra syskonet betalar halv "
    "avgift, 375 kronor per termin, och från det tredje syskonet är ämneskursen avgiftsfri.",
    "Vårdnadshavare med låg inkomst kan ansöka om avgiftsbefrielse. Läsåret 2024/25 fick "
    f"{sum(EXEMPT)} elever avgiftsbefrielse, {EXEMPT[0]} flickor och {EXEMPT[1]} pojkar. I fokusgruppen med "
    "vårdnadshavare framkom att många inte kände till att avgiftsbefrielse finns.",
]

FINDINGS_INTRO = ["Analysen visar följande:"]

# Each finding and its sub-items (a nested list: '•' items, '–' sub-items).
FINDINGS = [
    ("Ämnesvalen är könsbundna.", [
        f"Pojkar är {F['drums_boys']} procent av eleverna i trummor och {F['guitar_boys']} procent i gitarr.",
        f"Flickor dominerar i dans, där de är {F['dance_girls']} procent av eleverna, och i sång.",
    ]),
    ("Pojkar slutar oftare i högstadiet.", [
        "14 procent av pojkarna i årskurs 7–9 slutade under läsåret, mot 8 procent av flickorna.",
        "Eleverna i fokusgruppen som hade slutat sa att kulturskolan krockade med idrottsföreningarnas träningar.",
    ]),
    ("Flickor står oftare i kö.", [
        f"Den 1 september 2024 stod {QUEUE[1][1]} flickor och {QUEUE[1][2]} pojkar i kö.",
    ]),
    ("Flickor får oftare avgiftsbefrielse än pojkar.", []),
]

MEASURES_INTRO = ["Kultur- och fritidsnämnden beslutade den 22 maj 2025 om följande åtgärder:"]

MEASURES = [
    "Alla elever i årskurs 3 får prova på trummor, gitarr, sång och dans under en prova på-vecka, där flickor och "
    "pojkar prövar alla ämnen. Ansvarig: kulturskolechefen. Från och med höstterminen 2025. Kostnad: "
    f"{kronor(YEARLY_COSTS[0])} kronor per läsår.",
    "Bilder och texter i kulturskolans broschyr och på webben ses över så att inget ämne framställs som ett "
    "flick- eller pojkämne. Ansvarig: kultur- och fritidsförvaltningens kommunikatör. Klart senast den 31 augusti "
    f"2025. Kostnad: {kronor(ONE_OFF_COST)} kronor.",
    "Lärarlaget tar fram ett samtalsstöd för lärare som möter elever i årskurs 7 som funderar på att sluta. "
    "Ansvarig: lärarlaget i musik. Klart senast den 31 december 2025.",
    "En dansgrupp för pojkar och en trumgrupp för flickor startas. Ansvarig: lärarlaget i dans och lärarlaget i "
    f"musik. Från och med vårterminen 2026. Kostnad: {kronor(YEARLY_COSTS[1])} kronor per läsår.",
    "Information om syskonrabatt och avgiftsbefrielse skickas till alla vårdnadshavare inför varje termin, på "
    "svenska och på de fem vanligaste språken i kommunen. Ansvarig: kulturskolans administratör. Från och med "
    "höstterminen 2025.",
    "Elevregistret kompletteras så att avhopp och kö kan tas fram per ämne och kön. Ansvarig: kulturskolechefen. "
    "Klart senast den 30 juni 2026.",
]

MEASURES_AFTER = [
    f"Åtgärderna 1 och 4 kostar sammanlagt {kronor(sum(YEARLY_COSTS))} kronor per läsår och ryms inom "
    "kulturskolans budget.",
]

FOLLOW_UP = [
    "Kulturskolechefen redovisar hur åtgärderna genomförts för kultur- och fritidsnämnden i mars 2026. En ny "
    "jämställdhetsanalys av läsåret 2025/26 görs på samma sätt och redovisas för nämnden i november 2026.",
]

LIMITS = [
    "Analysen omfattar inte studieförbundens kurser, privata musikskolor eller musikundervisningen i grundskolans "
    "ordinarie undervisning. Kulturskolans lärare och deras anställningsvillkor ingår inte. Analysen har inte "
    "heller undersökt var i kommunen eleverna bor eller deras familjers inkomster.",
]

NOTE = [
    "1 SOU 2016:69 En inkluderande kulturskola på egen grund. Betänkande av Kulturskoleutredningen.",
]


def build(path: Path = OUT) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from evals.extra_docs.pdf_parts import bulleted, captioned_table, numbered, report_styles
    from evals.extra_docs.pdf_parts import paragraphs as set_paragraphs

    styles, normal = report_styles()
    h2 = styles["Heading2"]

    def paragraphs(texts: list[str]) -> list:
        return set_paragraphs(texts, normal)

    def table(caption: str, rows: list[list[str]], widths: list[float]) -> list:
        return captioned_table(caption, rows, widths, normal)

    sub_item = ParagraphStyle("SubItem", parent=normal, leftIndent=36, bulletIndent=24)

    def nested(findings: list[tuple[str, list[str]]]) -> list:
        """The findings as a list set in two depths: each finding after '•', its sub-items further in after '–'."""
        out: list = []
        for text, subs in findings:
            out.append(bulleted([text], normal))
            out += [Paragraph(sub, sub_item, bulletText="–") for sub in subs]
        return out

    story: list = [Paragraph(TITLE, styles["Title"]), *paragraphs(INTRO)]
    story += [Paragraph("Sammanfattning", h2), *paragraphs(SUMMARY)]
    story += [Paragraph("1. Syfte och bakgrund", h2), *paragraphs(PURPOSE)]
    story += [Paragraph("2. Metod", h2), *paragraphs(METHOD)]
    story += [Paragraph("3. Elever per ämne", h2), *paragraphs(SUBJECTS_BEFORE)]
    story += table("Tabell 1. Elever i kulturskolans ämneskurser läsåret 2024/25 efter ämne och kön",
                   subjects_table(), [140, 80, 80, 80])
    story += paragraphs(SUBJECTS_AFTER)
    story += [Paragraph("4. Avhopp", h2), *paragraphs(DROPOUT)]
    story += [Paragraph("5. Kö", h2), *paragraphs(QUEUE_BEFORE)]
    story += table("Tabell 2. Elever i kö den 1 september efter kön, läsåren 2023/24 och 2024/25",
                   queue_table(), [140, 80, 80, 80])
    story += paragraphs(QUEUE_AFTER)
    story += [Paragraph("6. Avgifter och avgiftsbefrielse", h2), *paragraphs(FEES)]
    story += [Paragraph("7. Resultat", h2), *paragraphs(FINDINGS_INTRO), *nested(FINDINGS), Spacer(1, 6)]
    story += [Paragraph("8. Åtgärder", h2), *paragraphs(MEASURES_INTRO), numbered(MEASURES, normal),
              Spacer(1, 6), *paragraphs(MEASURES_AFTER)]
    story += [Paragraph("9. Uppföljning", h2), *paragraphs(FOLLOW_UP)]
    story += [Paragraph("10. Det här omfattar analysen inte", h2), *paragraphs(LIMITS)]
    story += paragraphs(["Kontakt: kulturskolechefen, Siljeby kulturskola, kultur- och fritidsförvaltningen, "
                         "Siljeby kommun."])
    story += [Spacer(1, 12), *paragraphs(NOTE)]
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Siljeby kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
