"""Builds `alvmora-delarsrapport-2025-jamstalldhet.pdf`, the PDF among the answer-eval's extra documents.

A fictional municipality's interim report (delårsrapport januari–augusti 2025), its section on gender equality:
two tables of figures by gender, a list of measures with who is responsible and by when, definitions in the running
text. Written for the blind22 set (evals/cases/blind22_*.jsonl); Älvmora kommun and its people do not exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_report` or the file directly) only to change the
report. Line numbers in evals/cases/blind22_*.jsonl refer to the lines `ingest.load.load_document` extracts from the
PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds (no
creation date, a fixed document id).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "alvmora-delarsrapport-2025-jamstalldhet.pdf"

TITLE = "Delårsrapport januari–augusti 2025, avsnitt 6: Jämställdhet"

INTRO = [
    "Älvmora kommun, kommunstyrelsen. Dnr KS 2025/412. Behandlad i kommunstyrelsen den 24 september 2025.",
]

SUMMARY = [
    "Älvmora kommun undertecknade CEMR-deklarationen, den europeiska deklarationen för jämställdhet mellan "
    "kvinnor och män på lokal och regional nivå, år 2019. Kommunfullmäktige antog kommunens jämställdhetsplan "
    "för 2024–2027 den 12 februari 2024. Planen har fyra mål: jämn fördelning av makt och inflytande, "
    "ekonomisk jämställdhet, jämställd service till invånarna samt att mäns våld mot kvinnor ska upphöra.",
    "Delårsrapporten följer upp planens mål efter årets första åtta månader. Mål 2 (ekonomisk jämställdhet) och "
    "mål 4 (mäns våld mot kvinnor ska upphöra) bedöms som delvis uppfyllda. Mål 1 (makt och inflytande) och "
    "mål 3 (jämställd service) bedöms som ej uppfyllda vid delåret.",
    "Med jämställdhetsintegrering menas i rapporten att ett jämställdhetsperspektiv ska finnas med i alla "
    "beslut, på alla nivåer och i alla steg av processerna, av de aktörer som normalt deltar i "
    "beslutsfattandet. Arbetet samordnas av kommunens jämställdhetsstrateg Amira Haddad på "
    "kommunledningsförvaltningen.",
]

STAFF_TEXT_BEFORE = [
    "Tabell 1 visar personalens nyckeltal per kön den 31 augusti 2025 och den 31 augusti 2024. Uppgifterna "
    "gäller tillsvidareanställda medarbetare.",
]

STAFF_TABLE = [
    ["Nyckeltal", "Kvinnor 2025", "Män 2025", "Kvinnor 2024", "Män 2024"],
    ["Tillsvidareanställda (antal)", "1 846", "512", "1 821", "498"],
    ["Heltidsanställda (procent)", "79", "91", "74", "90"],
    ["Sjukfrånvaro (procent av arbetstid)", "8,1", "4,6", "8,4", "4,9"],
    ["Medianlön (kronor per månad)", "34 900", "36 200", "33 600", "35 300"],
    ["Andel av cheferna (procent)", "68", "32", "66", "34"],
]

STAFF_TEXT_AFTER = [
    "Andelen heltidsanställda kvinnor har ökat med fem procentenheter sedan augusti 2024, främst inom vård och "
    "omsorg där heltid som norm infördes den 1 mars 2025. Kvinnornas medianlön motsvarade 96,4 procent av "
    "männens i augusti 2025, jämfört med 95,2 procent ett år tidigare.",
    "Lönekartläggningen 2025 genomfördes i maj. Den visade inga osakliga löneskillnader mellan kvinnor och män "
    "som utför lika arbete. Mellan grupper med likvärdigt arbete finns skillnader som behöver analyseras "
    "vidare i tre jämförelser:",
]

PAY_GROUPS = [
    "undersköterskor jämfört med drifttekniker",
    "förskollärare jämfört med ingenjörer",
    "socialsekreterare jämfört med IT-tekniker",
]

SERVICE_TEXT_BEFORE = [
    "Tabell 2 visar utfallet i några av kommunens verksamheter per kön under januari–augusti 2025.",
]

SERVICE_TABLE = [
    ["Verksamhet och mått", "Kvinnor/flickor", "Män/pojkar"],
    ["Beviljade timmar hemtjänst per brukare och månad", "27,5", "31,2"],
    ["Elever i årskurs 9 behöriga till yrkesprogram vt 2025 (procent)", "88", "79"],
    ["Deltagartillfällen med lokalt aktivitetsstöd (procent)", "38", "62"],
    ["Besök på kommunens fritidsgårdar (procent)", "29", "71"],
]

SERVICE_TEXT_AFTER = [
    "Män som bor ensamma beviljas i genomsnitt fler timmar hemtjänst än kvinnor som bor ensamma, utan att "
    "skillnaden kan förklaras av skillnader i behov. Socialnämnden har därför gett socialförvaltningen i "
    "uppdrag att granska biståndshandläggningen under hösten 2025.",
    "Lokalt aktivitetsstöd är det bidrag som kommunen betalar till föreningar per redovisat deltagartillfälle "
    "för barn och unga i åldern 7–20 år. Pojkarnas andel av deltagartillfällena har varit i stort sett "
    "oförändrad sedan 2022.",
]

VIOLENCE = [
    "Sedan januari 2025 har kommunen en heltidsanställd samordnare mot våld i nära relationer. Under "
    "januari–augusti 2025 sökte 64 personer stöd hos kommunens kvinnofridsmottagning, varav 57 kvinnor och "
    "7 män. Av dem som sökte stöd hade 23 personer barn under 18 år i hushållet.",
    "Under våren 2025 utbildades 42 medarbetare inom socialtjänsten i bedömningsmetoden FREDA. Utbildningen "
    "fortsätter för personal inom hemtjänsten under hösten.",
]

MEASURES_INTRO = ["Kommunstyrelsen beslutade den 24 september 2025 om följande åtgärder under hösten 2025:"]

MEASURES = [
    "Biståndshandläggningen i hemtjänsten granskas ur ett jämställdhetsperspektiv. Ansvarig: socialchef "
    "Helena Strand. Klart senast den 30 november 2025.",
    "Löneskillnaderna i de tre jämförelserna av likvärdigt arbete analyseras. Ansvarig: HR-chef Jonas Ek. "
    "Klart senast den 31 december 2025.",
    "Fördelningen av lokalt aktivitetsstöd och tider i idrottshallarna ses över. Ansvarig: kultur- och "
    "fritidschef Sara Wikström. Klart senast den 31 oktober 2025.",
    "Könsuppdelad statistik förs in i alla nämnders verksamhetsplaner för 2026. Ansvarig: kommundirektör "
    "Per-Olof Nyberg. Klart senast den 15 december 2025.",
    "Alla chefer går en utbildningsdag om jämställdhetsintegrering. Ansvarig: jämställdhetsstrateg Amira "
    "Haddad. Klart senast den 20 november 2025.",
]

ECONOMY = [
    "Jämställdhetsarbetet finansieras inom kommunstyrelsens budget med 850 tkr för 2025. Till och med den "
    "31 augusti hade 420 tkr förbrukats, främst för samordnaren mot våld i nära relationer och för "
    "lönekartläggningen. Prognosen för helåret är att budgeten hålls.",
]


def build(path: Path = OUT) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    from evals.extra_docs.pdf_parts import figure_table as table
    from evals.extra_docs.pdf_parts import numbered as numbered_in
    from evals.extra_docs.pdf_parts import paragraphs as set_paragraphs

    styles = getSampleStyleSheet()
    normal, h2 = styles["Normal"], styles["Heading2"]

    def paragraphs(texts: list[str]) -> list:
        return set_paragraphs(texts, normal)

    def numbered(items: list[str]) -> ListFlowable:
        return numbered_in(items, normal)

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(Paragraph(i, normal)) for i in items], bulletType="bullet", start="-")

    story: list = [Paragraph(TITLE, styles["Title"]), *paragraphs(INTRO)]
    story += [Paragraph("6.1 Sammanfattning", h2), *paragraphs(SUMMARY)]
    story += [Paragraph("6.2 Kommunen som arbetsgivare", h2), *paragraphs(STAFF_TEXT_BEFORE)]
    story += [Paragraph("Tabell 1. Personalens nyckeltal per kön", normal), Spacer(1, 4),
              table(STAFF_TABLE, [170, 75, 65, 75, 65]), Spacer(1, 8)]
    story += [*paragraphs(STAFF_TEXT_AFTER), bullets(PAY_GROUPS), Spacer(1, 6)]
    story += [Paragraph("6.3 Jämställd service", h2), *paragraphs(SERVICE_TEXT_BEFORE)]
    story += [Paragraph("Tabell 2. Utfall i verksamheterna per kön januari–augusti 2025", normal), Spacer(1, 4),
              table(SERVICE_TABLE, [290, 80, 80]), Spacer(1, 8), *paragraphs(SERVICE_TEXT_AFTER)]
    story += [Paragraph("6.4 Mäns våld mot kvinnor", h2), *paragraphs(VIOLENCE)]
    story += [Paragraph("6.5 Åtgärder under hösten 2025", h2), *paragraphs(MEASURES_INTRO), numbered(MEASURES),
              Spacer(1, 6)]
    story += [Paragraph("6.6 Ekonomi", h2), *paragraphs(ECONOMY)]
    story += paragraphs(["Kontaktperson: Amira Haddad, jämställdhetsstrateg, kommunledningsförvaltningen, "
                         "Älvmora kommun."])
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Älvmora kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
