"""Builds `vintrosa-elevhalsa-arsrapport-2025.pdf`, a grundskola's elevhälsa annual report among the answer-eval's
extra documents.

A fictional F–9 school's "Elevhälsans årsrapport 2025 – med jämställdhetsanalys" as a PDF: the assignment; the
elevhälsoteam's roles with their tjänstegrad as a table (no personal names but the contact person's); a table of
kurator and skolsköterska visits by stadium (F–3, 4–6, 7–9) and gender for 2024 and 2025; a table of the share of
pupils with frånvaro over 15 procent by stadium and gender for the two years; the elevenkät's shares (trygghet,
stress) by gender with the number of respondents n; the team's view of the causes as a list with glyph bullets; the
prioritised measures for 2026 as a numbered list, each with its responsible role and date and a cost in kronor for
some only; when and to whom the results are reported; and sentences on what the report does not cover. Written for
the blind35 set (evals/cases/blind35_*.jsonl), whose unanswerable questions each change one detail of what the report
gives; Vintrosa skola, Hagnäs kommun and their people do not exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_elevhalsa` or the file directly) only to change
the report. Line numbers in evals/cases/blind35_*.jsonl refer to the lines `ingest.load.load_document` extracts
from the PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds.
The figures agree with each other: the totals row is the sum of the rows, the shares for all pupils are the
respondents' weighted shares, the counts in the text are those of the tables.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "vintrosa-elevhalsa-arsrapport-2025.pdf"

TITLE = "Elevhälsans årsrapport 2025 – med jämställdhetsanalys"

INTRO = [
    "Vintrosa skola, Hagnäs kommun, barn- och utbildningsförvaltningen. Fastställd av rektor den 22 januari 2026.",
]

ASSIGNMENT = [
    "Vintrosa skola är en grundskola med förskoleklass till och med årskurs 9. Hösten 2025 hade skolan 612 elever, "
    "298 flickor och 314 pojkar: 212 elever i förskoleklass till årskurs 3, 196 i årskurs 4–6 och 204 i årskurs 7–9.",
    "Enligt skollagen ska elevhälsan omfatta medicinska, psykologiska, psykosociala och specialpedagogiska insatser. "
    "Elevhälsan ska främst vara förebyggande och hälsofrämjande och stödja elevernas utveckling mot utbildningens mål.",
    "Barn- och utbildningsnämnden i Hagnäs kommun har gett alla grundskolor i uppdrag att från och med 2025 lämna en "
    "årlig rapport om elevhälsans arbete med en jämställdhetsanalys. Med jämställdhetsanalys menas här att "
    "uppgifterna redovisas uppdelade på flickor och pojkar och att elevhälsoteamet bedömer vad skillnaderna beror på "
    "och vad skolan ska göra åt dem.",
]

TEAM_TEXT_BEFORE = [
    "Elevhälsoteamet leds av rektor och träffas varje tisdag. Tabell 1 visar teamets övriga funktioner och deras "
    "tjänstegrad på skolan hösten 2025.",
]

TEAM_TABLE = [
    ["Funktion", "Tjänstegrad"],
    ["Skolkurator", "100 %"],
    ["Skolsköterska", "80 %"],
    ["Skolläkare", "10 %"],
    ["Skolpsykolog", "40 %"],
    ["Specialpedagog", "100 %"],
    ["Studie- och yrkesvägledare", "30 %"],
]

TEAM_TEXT_AFTER = [
    "Skolkuratorns tjänst utökades från 75 till 100 procent den 1 augusti 2025. Skolläkaren och skolpsykologen är "
    "anställda centralt i barn- och utbildningsförvaltningen och delar sin tid mellan flera skolor.",
]

VISITS_TEXT_BEFORE = [
    "Tabell 2 visar antalet besök hos skolkuratorn och skolsköterskan efter stadium och kön. I siffrorna ingår "
    "besök som eleven själv, vårdnadshavare eller personal har bokat samt spontanbesök. Hälsobesöken enligt "
    "elevhälsans basprogram ingår inte.",
]

VISITS_TABLE = [
    ["Stadium och kön", "Kurator 2024", "Kurator 2025", "Skolsköterska 2024", "Skolsköterska 2025"],
    ["Flickor F–3", "38", "42", "156", "149"],
    ["Pojkar F–3", "51", "47", "171", "165"],
    ["Flickor 4–6", "84", "97", "132", "140"],
    ["Pojkar 4–6", "66", "71", "118", "121"],
    ["Flickor 7–9", "212", "268", "187", "214"],
    ["Pojkar 7–9", "109", "118", "142", "139"],
    ["Samtliga", "560", "643", "906", "928"],
]

VISITS_TEXT_AFTER = [
    "Besöken hos kuratorn ökade från 560 år 2024 till 643 år 2025, det vill säga med 15 procent. Ökningen gäller "
    "framför allt flickor i årskurs 7–9, vars besök ökade från 212 till 268. Flickorna i årskurs 7–9 stod 2025 för "
    "42 procent av alla kuratorsbesök. Sammanlagt gjordes 63 procent av kuratorsbesöken 2025 av flickor, mot 60 "
    "procent 2024.",
    "Besöken hos skolsköterskan var i stort sett lika många båda åren, 906 år 2024 och 928 år 2025. I förskoleklass "
    "till årskurs 3 gjorde pojkarna fler besök än flickorna hos både kuratorn och skolsköterskan.",
]

ABSENCE_TEXT_BEFORE = [
    "Med frånvaro över 15 procent menas att eleven under vårterminen har varit frånvarande, anmält eller oanmält, "
    "mer än 15 procent av den schemalagda undervisningstiden. Tabell 3 visar andelen elever (procent) med sådan "
    "frånvaro under vårterminen 2024 och vårterminen 2025.",
]

ABSENCE_TABLE = [
    ["Stadium", "Flickor 2024", "Pojkar 2024", "Flickor 2025", "Pojkar 2025"],
    ["F–3", "4", "5", "5", "4"],
    ["4–6", "7", "6", "9", "6"],
    ["7–9", "14", "11", "19", "12"],
]

ABSENCE_TEXT_AFTER = [
    "Störst är ökningen bland flickor i årskurs 7–9, från 14 till 19 procent, vilket motsvarar 19 flickor. Bland "
    "pojkarna i årskurs 7–9 var andelen 11 procent 2024 och 12 procent 2025. Frånvaron bland flickorna i årskurs 7–9 "
    "är oftare ströfrånvaro, enstaka dagar eller lektioner, medan pojkarnas frånvaro oftare är sammanhängande.",
]

SURVEY_TEXT_BEFORE = [
    "Elevenkäten besvarades i oktober 2025 av eleverna i årskurs 4–9. Svarsfrekvensen var 89 procent. Tabell 4 "
    "visar andelen (procent) som instämde helt eller delvis i tre påståenden, efter kön.",
]

SURVEY_TABLE = [
    ["Påstående", "Flickor", "Pojkar", "Samtliga"],
    ["Jag känner mig trygg i skolan", "82", "89", "86"],
    ["Jag känner mig ofta stressad över skolarbetet", "58", "31", "44"],
    ["Jag vet vem i elevhälsan jag kan vända mig till", "71", "68", "69"],
    ["Antal svarande (n)", "176", "181", "357"],
]

SURVEY_TEXT_AFTER = [
    "Skillnaden i stress mellan flickor och pojkar är 27 procentenheter. Bland flickorna i årskurs 7–9 svarade 67 "
    "procent att de ofta känner sig stressade över skolarbetet.",
]

CAUSES_INTRO = [
    "Elevhälsoteamet bedömer att skillnaderna mellan flickor och pojkar främst har följande orsaker:",
]

CAUSES = [
    "oro och nedstämdhet som ofta hänger ihop med höga krav på sig själv och med betygsstress",
    "konflikter och kränkningar i sociala medier, som flickor oftare söker hjälp för",
    "sömnproblem och huvudvärk som leder till ströfrånvaro",
    "att pojkar sällan söker hjälp själva utan oftare kommer till kuratorn först efter att en lärare har hört av sig",
]

MEASURES_INTRO = ["Elevhälsoteamet har prioriterat följande åtgärder för 2026:"]

MEASURES = [
    "Samtalsgrupper om stress och sömn för elever i årskurs 7–9. Ansvarig: skolkurator. Start den 2 februari 2026. "
    "Kostnad: 18 000 kronor för material och handledning.",
    "Kuratorns drop in-tid flyttas till lunchrasten två dagar i veckan, så att fler pojkar kan komma utan bokning. "
    "Ansvarig: skolkurator. Från och med den 12 januari 2026.",
    "En ny rutin för tidig frånvarouppföljning införs: mentorn kontaktar vårdnadshavare när en elev har ströfrånvaro "
    "vid tre tillfällen under en månad. Ansvarig: rektor. Införs den 1 mars 2026.",
    "Skolsköterskan erbjuder alla pojkar i årskurs 7 ett uppföljande hälsosamtal. Ansvarig: skolsköterska. Klart "
    "senast den 12 juni 2026.",
    "All personal får kompetensutveckling om normer, maskulinitet och psykisk ohälsa under två halvdagar. Ansvarig: "
    "rektor. Klart senast den 30 april 2026. Kostnad: 45 000 kronor.",
    "Elevenkäten kompletteras med frågor om kränkningar på nätet. Ansvarig: specialpedagog. Klart till enkäten i "
    "oktober 2026.",
]

FOLLOW_UP = [
    "Elevhälsoteamet följer upp åtgärderna på sitt möte den 16 juni 2026. Resultatet redovisas för barn- och "
    "utbildningsnämnden i nästa årsrapport, som lämnas senast den 31 januari 2027. En sammanfattning presenteras "
    "för elevrådet i februari 2027.",
]

LIMITS = [
    "Rapporten omfattar inte skolans fritidshem. Skolläkarens och skolpsykologens besök redovisas inte efter kön, "
    "eftersom de journalförs centralt i förvaltningen. Rapporten innehåller inga uppgifter om enskilda elever och "
    "redovisar inte elever som inte identifierar sig som flicka eller pojke, eftersom grupperna är för små. "
    "Elevhälsans kostnader som helhet redovisas i förvaltningens budget och inte i den här rapporten.",
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
    story += [Paragraph("1. Inledning och uppdrag", h2), *paragraphs(ASSIGNMENT)]
    story += [Paragraph("2. Elevhälsoteamets sammansättning", h2), *paragraphs(TEAM_TEXT_BEFORE)]
    story += table("Tabell 1. Elevhälsoteamets funktioner och tjänstegrad, hösten 2025", TEAM_TABLE, [180, 80])
    story += paragraphs(TEAM_TEXT_AFTER)
    story += [Paragraph("3. Besök hos kurator och skolsköterska", h2), *paragraphs(VISITS_TEXT_BEFORE)]
    story += table("Tabell 2. Antal besök hos skolkurator och skolsköterska efter stadium och kön, 2024 och 2025",
                   VISITS_TABLE, [110, 75, 75, 100, 100])
    story += paragraphs(VISITS_TEXT_AFTER)
    story += [Paragraph("4. Frånvaro", h2), *paragraphs(ABSENCE_TEXT_BEFORE)]
    story += table("Tabell 3. Andel elever (procent) med frånvaro över 15 procent, efter stadium och kön, "
                   "vårterminen 2024 och 2025", ABSENCE_TABLE, [80, 80, 80, 80, 80])
    story += paragraphs(ABSENCE_TEXT_AFTER)
    story += [Paragraph("5. Elevenkäten: trygghet och stress", h2), *paragraphs(SURVEY_TEXT_BEFORE)]
    story += table("Tabell 4. Andel (procent) som instämmer, efter kön, årskurs 4–9, oktober 2025",
                   SURVEY_TABLE, [250, 60, 60, 70])
    story += paragraphs(SURVEY_TEXT_AFTER)
    story += [Paragraph("6. Orsaker", h2), *paragraphs(CAUSES_INTRO), bulleted(CAUSES, normal), Spacer(1, 6)]
    story += [Paragraph("7. Prioriterade åtgärder 2026", h2), *paragraphs(MEASURES_INTRO),
              numbered(MEASURES, normal), Spacer(1, 6)]
    story += [Paragraph("8. Uppföljning", h2), *paragraphs(FOLLOW_UP)]
    story += [Paragraph("9. Det här omfattar rapporten inte", h2), *paragraphs(LIMITS)]
    story += paragraphs(["Kontaktperson: Annika Rydeberg, biträdande rektor, Vintrosa skola, Hagnäs kommun."])
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Hagnäs kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
