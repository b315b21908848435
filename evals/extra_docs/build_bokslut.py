"""Builds `ljungfors-jamstalldhetsbokslut-2025.pdf`, the second PDF among the answer-eval's extra documents.

A fictional municipality's jämställdhetsbokslut for 2025, the kind of report a municipality ingests as its own: four
tables whose column headers matter (medianlön by förvaltning, gender and year; sjukfrånvaro by gender and year;
the share of full-time staff by occupation and gender; föreningsbidrag by the members' gender, with one column a
count and another a share), running text with stated causes and definitions, a statement of what is not yet known,
and a numbered list of measures with who is responsible and by when. Written for the blind27 set
(evals/cases/blind27_*.jsonl), whose unanswerable questions each change one detail of what the report gives;
Ljungfors kommun and its people do not exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_bokslut` or the file directly) only to change the
report. Line numbers in evals/cases/blind27_*.jsonl refer to the lines `ingest.load.load_document` extracts from the
PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds (no
creation date, a fixed document id).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "ljungfors-jamstalldhetsbokslut-2025.pdf"

TITLE = "Jämställdhetsbokslut 2025"

INTRO = [
    "Ljungfors kommun, kommunstyrelsen. Dnr KS 2026/37. Fastställt av kommunstyrelsen den 18 februari 2026.",
]

BACKGROUND = [
    "Kommunfullmäktige i Ljungfors kommun antog Program för jämställdhet 2024–2028 den 25 april 2024. I samma "
    "beslut gav fullmäktige kommunstyrelsen i uppdrag att varje år fastställa ett jämställdhetsbokslut. Det här "
    "är kommunens andra bokslut. Personalutskottet godkände kommunens handlingsplan för jämställda löner den "
    "9 oktober 2025.",
    "Med jämställdhetsbokslut menas en årlig redovisning av könsuppdelad statistik om kommunen som arbetsgivare "
    "och om hur kommunens bidrag fördelas, tillsammans med de åtgärder som beslutas för att minska skillnaderna "
    "mellan kvinnor och män.",
    "Bokslutet har tagits fram av HR-avdelningen tillsammans med kommunens jämställdhetsutvecklare Linnea "
    "Bergqvist på kommunledningsförvaltningen.",
]

PAY_TEXT_BEFORE = [
    "Tabell 1 visar medianlönen för tillsvidareanställda kvinnor och män per förvaltning, i kronor per månad, i "
    "november 2024 och i november 2025.",
]

PAY_TABLE = [
    ["Förvaltning", "Kvinnor 2024", "Män 2024", "Kvinnor 2025", "Män 2025"],
    ["Kommunledningsförvaltningen", "41 200", "44 800", "42 900", "45 600"],
    ["Socialförvaltningen", "33 400", "34 100", "34 800", "35 200"],
    ["Barn- och utbildningsförvaltningen", "36 700", "37 500", "38 300", "38 600"],
    ["Samhällsbyggnadsförvaltningen", "38 700", "40 200", "39 900", "42 100"],
    ["Kultur- och fritidsförvaltningen", "32 900", "33 800", "34 100", "34 300"],
    ["Hela kommunen", "35 600", "37 900", "36 900", "38 800"],
]

PAY_TEXT_AFTER = [
    "I hela kommunen minskade skillnaden i medianlön mellan män och kvinnor från 2 300 kronor per månad 2024 "
    "till 1 900 kronor per månad 2025. Kvinnornas medianlön motsvarade 95,1 procent av männens 2025.",
    "HR-avdelningen ser två orsaker till att skillnaden har minskat. Den första är att löneöversynen 2025 gav "
    "undersköterskor och barnskötare ett särskilt lönetillskott på 1 200 kronor per månad. Den andra är att fyra "
    "av de sex chefstjänster som tillsattes inom samhällsbyggnadsförvaltningen under 2025 gick till kvinnor.",
]

SICK_TEXT_BEFORE = [
    "Tabell 2 visar sjukfrånvaron i procent av den ordinarie arbetstiden för kvinnor och män åren 2023–2025.",
]

SICK_TABLE = [
    ["Kön", "2023", "2024", "2025"],
    ["Kvinnor", "8,9", "8,6", "7,8"],
    ["Män", "4,7", "5,0", "5,3"],
    ["Samtliga", "7,9", "7,7", "7,2"],
]

SICK_TEXT_AFTER = [
    "Med långtidssjukfrånvaro menas sjukfrånvaro som har pågått i 60 dagar eller mer i följd. "
    "Långtidssjukfrånvaron stod för 44 procent av kvinnornas och 31 procent av männens sjukfrånvaro 2025.",
    "Heltid som norm infördes i hemtjänsten och på de särskilda boendena den 1 september 2025. Om "
    "heltidssatsningen har påverkat sjukfrånvaron vet vi inte än. Det följs upp under 2026, när det finns "
    "siffror för ett helt år.",
]

FULLTIME_TEXT_BEFORE = [
    "Tabell 3 visar andelen heltidsanställda bland tillsvidareanställda kvinnor och män i sex yrkesgrupper den "
    "31 december 2025. Som heltidsanställd räknas den som enligt sitt anställningsavtal har en "
    "sysselsättningsgrad på 100 procent.",
]

FULLTIME_TABLE = [
    ["Yrkesgrupp", "Kvinnor (procent)", "Män (procent)"],
    ["Undersköterskor", "71", "84"],
    ["Barnskötare", "64", "77"],
    ["Förskollärare", "88", "92"],
    ["Lärare i grundskolan", "91", "95"],
    ["Lokalvårdare", "58", "81"],
    ["Handläggare", "95", "97"],
]

FULLTIME_TEXT_AFTER = [
    "Lägst andel heltidsanställda har de kvinnliga lokalvårdarna. Skillnaden mellan kvinnor och män är också "
    "störst bland lokalvårdarna, 23 procentenheter.",
]

GRANTS_TEXT_BEFORE = [
    "Tabell 4 visar hur kultur- och fritidsnämndens föreningsbidrag 2025 fördelades efter kön på de medlemmar i "
    "åldern 7–25 år som föreningarna har redovisat. Antal avser de föreningar som fick bidraget. Andel avser hur "
    "stor del av bidraget i kronor som gick till kvinnor och flickor.",
]

GRANTS_TABLE = [
    ["Bidragsform", "Antal föreningar", "Kvinnor/flickor, kr", "Män/pojkar, kr", "Andel kvinnor/flickor, %"],
    ["Lokalt aktivitetsstöd", "38", "1 184 000", "1 736 000", "41"],
    ["Anläggningsbidrag", "12", "402 000", "938 000", "30"],
    ["Kulturföreningsbidrag", "21", "566 000", "294 000", "66"],
    ["Startbidrag", "9", "63 000", "72 000", "47"],
    ["Totalt", "80", "2 215 000", "3 040 000", "42"],
]

GRANTS_TEXT_AFTER = [
    "Anläggningsbidraget går till stor del till pojkar och män, eftersom det räknas per anläggning och de flesta "
    "anläggningar som får bidraget är ishallar och fotbollsplaner.",
]

MEASURES_INTRO = ["Kommunstyrelsen beslutade den 18 februari 2026 om följande åtgärder:"]

MEASURES = [
    "En plan för att öka andelen heltidsanställda bland lokalvårdarna tas fram. Ansvarig: samhällsbyggnadschef "
    "Tomas Lindqvist. Klart senast den 30 juni 2026.",
    "Löneskillnaderna inom kommunledningsförvaltningen analyseras. Ansvarig: HR-chef Maria Svedberg. Klart "
    "senast den 30 april 2026.",
    "Reglerna för anläggningsbidrag ses över så att bidraget också tar hänsyn till medlemmarnas kön. Ansvarig: "
    "kultur- och fritidschef Ahmed Yusuf. Klart senast den 31 augusti 2026.",
    "Alla chefer inom socialförvaltningen utbildas i jämställd rekrytering. Ansvarig: socialchef Karin Öhman. "
    "Klart senast den 15 november 2026.",
    "Könsuppdelad statistik förs in i alla förvaltningars månadsrapporter. Ansvarig: ekonomichef Johan Palm. "
    "Klart senast den 31 mars 2026.",
]


def build(path: Path = OUT) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from evals.extra_docs.pdf_parts import figure_table, numbered
    from evals.extra_docs.pdf_parts import paragraphs as set_paragraphs

    styles = getSampleStyleSheet()
    normal, h2 = styles["Normal"], styles["Heading2"]

    def paragraphs(texts: list[str]) -> list:
        return set_paragraphs(texts, normal)

    def table(caption: str, rows: list[list[str]], widths: list[float]) -> list:
        # Caption and table on one page: a table split by a page break would read as two.
        return [KeepTogether([Paragraph(caption, normal), Spacer(1, 4), figure_table(rows, widths)]), Spacer(1, 8)]

    story: list = [Paragraph(TITLE, styles["Title"]), *paragraphs(INTRO)]
    story += [Paragraph("1. Inledning", h2), *paragraphs(BACKGROUND)]
    story += [Paragraph("2. Löner", h2), *paragraphs(PAY_TEXT_BEFORE)]
    story += table("Tabell 1. Medianlön per förvaltning och kön, kronor per månad", PAY_TABLE,
                   [170, 70, 60, 70, 60])
    story += paragraphs(PAY_TEXT_AFTER)
    story += [Paragraph("3. Sjukfrånvaro", h2), *paragraphs(SICK_TEXT_BEFORE)]
    story += table("Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid", SICK_TABLE, [120, 60, 60, 60])
    story += paragraphs(SICK_TEXT_AFTER)
    story += [Paragraph("4. Heltid", h2), *paragraphs(FULLTIME_TEXT_BEFORE)]
    story += table("Tabell 3. Andel heltidsanställda per yrkesgrupp och kön den 31 december 2025", FULLTIME_TABLE,
                   [150, 90, 90])
    story += paragraphs(FULLTIME_TEXT_AFTER)
    story += [Paragraph("5. Föreningsbidrag", h2), *paragraphs(GRANTS_TEXT_BEFORE)]
    story += table("Tabell 4. Föreningsbidrag 2025 efter medlemmarnas kön", GRANTS_TABLE, [105, 70, 85, 75, 115])
    story += paragraphs(GRANTS_TEXT_AFTER)
    story += [Paragraph("6. Åtgärder 2026", h2), *paragraphs(MEASURES_INTRO), numbered(MEASURES, normal), Spacer(1, 6)]
    story += paragraphs(["Kontaktperson: Linnea Bergqvist, jämställdhetsutvecklare, kommunledningsförvaltningen, "
                         "Ljungfors kommun."])
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Ljungfors kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
