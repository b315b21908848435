"""PDFs as municipalities write them, built with reportlab for the tests: a committee's protocol (§ headings, a
title wrapped over two lines) and a follow-up report (numbered headings, a bulleted list, page numbers)."""

from __future__ import annotations

from pathlib import Path

PROTOCOL = [
    ("Title", "Barn- och utbildningsnämnden, protokoll 2025-03-12"),
    ("Normal", "Sjöviks kommun. Sammanträde i kommunhuset, sal Tärnan, kl. 13.00–15.40."),
    ("Normal", "Beslutande: Anna Berg (S), ordförande; Johan Nilsson (M), vice ordförande; Fatima Ali (C); "
               "Per Sundqvist (SD); Karin Öberg (V). Övriga närvarande: förvaltningschef Erik Dahl, "
               "nämndsekreterare Sofia Lund."),
    ("Heading2", "§ 12 Val av justerare"),
    ("Normal", "Nämnden beslutar att utse Johan Nilsson (M) att justera protokollet."),
    ("Heading2", "§ 13 Ekonomisk uppföljning februari 2025"),
    ("Normal", "Förvaltningen redovisar ett prognostiserat underskott på 4,2 miljoner kronor för 2025, "
               "främst på grund av ökade kostnader för skolskjuts och tilläggsbelopp."),
    ("Normal", "Beslut: Nämnden godkänner den ekonomiska uppföljningen och uppdrar åt förvaltningschefen att "
               "återkomma med en åtgärdsplan senast 2025-05-14."),
    ("Heading2", "§ 14 Jämställdhetsanalys av betyg i årskurs 9 (Dnr BUN 2025/031)"),
    ("Normal", "Förvaltningen har analyserat betygen i årskurs 9 läsåret 2023/2024 per kön. Av flickorna "
               "var 91 procent behöriga till gymnasiets yrkesprogram, av pojkarna 78 procent."),
    ("Normal", "Beslut: Nämnden beslutar att ge förvaltningen i uppdrag att ta fram en handlingsplan för att "
               "minska skillnaderna i skolresultat mellan flickor och pojkar. Handlingsplanen ska redovisas för "
               "nämnden senast 2025-10-15."),
    ("Heading2", "§ 15 Skolnärvaro vårterminen 2025"),
    ("Normal", "Den genomsnittliga frånvaron i grundskolan var 9,8 procent under höstterminen 2024."),
    ("Normal", "Beslut: Nämnden ger förvaltningen i uppdrag att införa en gemensam rutin för "
               "närvarouppföljning i alla grundskolor från och med höstterminen 2025."),
    ("Heading2", "§ 16 Delegationsbeslut"),
    ("Normal", "Förvaltningschefen redovisar 14 delegationsbeslut om skolskjuts. Beslut: Nämnden lägger "
               "redovisningen till handlingarna."),
]


def make_protocol(path: Path) -> Path:
    """The protocol as a reportlab document: a large title, § headings in bold, paragraphs 6 pt apart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = []
    for style, text in PROTOCOL:
        story += [Paragraph(text, styles[style]), Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_report(path: Path) -> Path:
    """A follow-up report: numbered headings of two sizes, paragraphs set without space between them (one three
    lines long), a bulleted list, a page number on each page, a second page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    normal = styles["Normal"]

    def page_number(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(290, 30, str(doc.page))

    story = [
        Paragraph("Uppföljning av jämställdhetsplanen 2024", styles["Title"]),
        Paragraph("1. Inledning", styles["Heading1"]),
        Paragraph("Rapporten följer upp de mål som kommunfullmäktige antog i jämställdhetsplanen 2022 för "
                  "kultur- och fritidsnämndens verksamheter, med särskilt fokus på föreningslivet och på "
                  "fritidsgårdarna i kommunens fyra kommundelar.", normal),
        Paragraph("Uppföljningen bygger på föreningarnas rapporter och på besöksstatistik från fritidsgårdarna.",
                  normal),
        Paragraph("2. Resultat", styles["Heading1"]),
        Paragraph("2.1 Föreningslivet", styles["Heading2"]),
        Paragraph("Andelen flickor i idrottsföreningarna ökade från 38 till 41 procent. Pojkarna var fortfarande "
                  "i majoritet i fotboll och ishockey.", normal),
        Paragraph("Förvaltningen föreslår följande åtgärder:", normal),
        ListFlowable([ListItem(Paragraph(t, normal)) for t in (
            "Fördela träningstider lika mellan flickors och pojkars lag.",
            "Erbjud prova-på-aktiviteter för flickor under sommarlovet, med särskilt fokus på de idrotter där "
            "flickor är få.",
            "Följ upp föreningsbidragen per kön varje år.")], bulletType="bullet"),
        PageBreak(),
        Paragraph("2.2 Fritidsgårdarna", styles["Heading2"]),
        Paragraph("Flickorna utgjorde 28 procent av besökarna på fritidsgårdarna 2024.", normal),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=page_number, onLaterPages=page_number)
    return path


BOLD_PROTOCOL = [
    ("title", "Kultur- och fritidsnämnden, protokoll 2025-04-09"),
    ("body", "Sjöviks kommun. Sammanträde i kulturhuset, kl. 13.00–15.00."),
    ("heading", "§ 13 Ekonomisk uppföljning mars 2025"),
    ("heading", "Ärendebeskrivning"),
    ("body", "Förvaltningen redovisar ett prognostiserat överskott på 1,1 miljoner kronor för 2025."),
    ("heading", "Beslut"),
    ("body", "Nämnden godkänner den ekonomiska uppföljningen."),
    ("heading", "§ 14 Jämställdhetsanalys av föreningsbidragen"),
    ("heading", "Ärendebeskrivning"),
    ("body", "Förvaltningen har analyserat föreningsbidragen per kön. Flickor fick 38 procent av bidragen."),
    ("heading", "Beslut"),
    ("body", "Nämnden beslutar att ge förvaltningen i uppdrag att ta fram nya riktlinjer för föreningsbidrag "
             "som fördelar bidragen lika mellan flickor och pojkar."),
    ("heading", "§ 15 Delegationsbeslut"),
    ("heading", "Beslut"),
    ("body", "Nämnden lägger redovisningen till handlingarna."),
]


def make_bold_protocol(path: Path) -> Path:
    """A protocol whose '§ N …' headings and sub-headings ('Ärendebeskrivning', 'Beslut') are all set in bold at
    the body's size, as many municipalities' protocol templates do."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = []
    for kind, text in BOLD_PROTOCOL:
        style = styles["Title"] if kind == "title" else styles["Normal"]
        story += [Paragraph(f"<b>{text}</b>" if kind == "heading" else text, style),
                  Spacer(1, 12 if kind == "heading" else 6)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_table_report(path: Path) -> Path:
    """A report page with a bold table caption set right above the table's bold header row, then its rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    normal = getSampleStyleSheet()["Normal"]
    story = [Paragraph("Skolresultat i årskurs 9 redovisas per kön och år i tabellen nedan.", normal), Spacer(1, 6),
             Paragraph("<b>Tabell 1. Meritvärde per kön</b>", normal),
             Paragraph("<b>Kön 2023 2024</b>", normal),
             Paragraph("Flickor 241 245", normal),
             Paragraph("Pojkar 212 215", normal)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# Key figures per sex and year, as a follow-up report's table gives them: the unit in each row's label.
KEY_FIGURES = [
    ("Antal anställda", "3 412", "1 288", "3 455", "1 301"),
    ("Medellön (kr/mån)", "34 900", "37 200", "36 100", "38 000"),
    ("Sjukfrånvaro (%)", "8,9", "5,1", "9,4", "4,8"),
    ("Andel med löneskillnad förklarad (%)", "91", "91", "94", "94"),
    *((f"Antal deltagare i aktivitet {i}", str(100 + i), str(90 + i), str(110 + i), str(95 + i)) for i in range(1, 24)),
    ("Andel som upplever rimlig arbetsbelastning (%)", "51", "63", "54", "62"),
    ("Långtidssjukfrånvaro över 60 dagar (%)", "4,1", "1,9", "4,4", "1,8"),
    ("Andel med flexibel arbetstid (%)", "35", "52", "39", "53"),
]


def make_followup_report(path: Path, corner: str = "Nyckeltal") -> Path:
    """A municipality's three-page follow-up report: a key-figure table (a cell a line to the PDF reader) that runs
    over a page break with its header row repeated, superscript footnote marks, a numbered action list with a)–c)
    sub-items that runs over the next page break, a running footer with the page number, and a 'Fotnoter' section.
    `corner` is the header row's top-left cell: statistics tables often leave it empty ('')."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    normal = styles["Normal"]
    item = ParagraphStyle("item", parent=normal, leftIndent=14)
    sub = ParagraphStyle("sub", parent=normal, leftIndent=34)
    note = ParagraphStyle("note", parent=normal, fontSize=8, leading=10)

    def footer(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 20, f"Lunda kommun – Uppföljning av jämställdhetsplanen 2024 – sida {doc.page}")

    story = [
        Paragraph("Uppföljning av jämställdhetsplanen 2024", styles["Title"]),
        Paragraph("1. Sammanfattning", styles["Heading1"]),
        Paragraph("Andelen kvinnor bland chefer ökade från 48 procent 2023 till 53 procent 2024.<super>1</super> "
                  "Sjukfrånvaron bland kvinnor i omsorgen är fortsatt hög. "
                  "Uppföljningen bygger på personalstatistik och medarbetarenkäten 2024.<super>2</super>", normal),
        Paragraph("2. Resultat", styles["Heading1"]),
        Paragraph("Tabell 1. Nyckeltal per kön, 2023 och 2024", styles["Heading2"]),
        Table([[corner, "Kvinnor 2023", "Män 2023", "Kvinnor 2024", "Män 2024"], *KEY_FIGURES],
              repeatRows=1, colWidths=[200, 65, 55, 65, 55]),
        Paragraph("3. Åtgärder 2025", styles["Heading1"]),
        Paragraph("Kommunstyrelsen beslutar om följande åtgärder för 2025:", normal),
        Paragraph("1. Heltidsarbetet ska fortsätta inom vård och omsorg.", item),
        Paragraph("a) Alla nya tjänster inom hemtjänsten utlyses som heltid.", sub),
        Paragraph("b) Delade turer ska avskaffas i särskilt boende.", sub),
        PageBreak(),
        Paragraph("2. Chefsförsörjningen ska bli jämställd.", item),
        Paragraph("a) Chefsutvecklingsprogrammet ska ha lika många kvinnor och män som deltagare.", sub),
        Paragraph("b) Vid rekrytering av chefer ska minst en kandidat av underrepresenterat kön intervjuas.", sub),
        Paragraph("c) Avgångssamtal ska hållas med alla chefer som slutar.", sub),
        Paragraph("3. Arbetsmiljöverkets checklista för organisatorisk arbetsmiljö ska användas på alla "
                  "arbetsplatser.<super>3</super>", item),
        Paragraph("4. Jämställdhetsutbildning för nya politiker genomförs efter valet 2026.", item),
        Paragraph("Fotnoter", styles["Heading2"]),
        Paragraph("1 Med chef avses den som har personalansvar. Biträdande chefer räknas inte.", note),
        Paragraph("2 Svarsfrekvensen i medarbetarenkäten 2024 var 78 procent; 2023 var den 74 procent.", note),
        Paragraph("3 Checklistan finns på Arbetsmiljöverkets webbplats.", note),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    return path
