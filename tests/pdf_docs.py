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
