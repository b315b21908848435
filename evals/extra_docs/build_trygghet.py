"""Builds `sorbyholm-trygghetsundersokning-2025.pdf`, a PDF among the answer-eval's extra documents.

A fictional municipality's samhällsbyggnadsförvaltning reports its trygghetsundersökning and trygghetsvandringar
of 2025 as a jämställdhetsanalys: a document of a kind outside schools and social services, so that rules tuned on
school documents are tested. It holds a summary; a table of the share (percent) who feel unsafe outdoors late in the
evening by gender and age band for 2023 and 2025 with the number of respondents n per group; a table by stadsdel
with shares for women and men; the places named as unsafe on the walks as a list with glyph bullets; the measures
decided, each with its responsible unit and date and a cost in kronor for some of them only; definitions of
trygghetsvandring and of the index used; a run-in enumeration of stated causes; a paragraph on method; and
sentences on what the survey does not cover. Written for the blind31 set (evals/cases/blind31_*.jsonl), whose
unanswerable questions each change one detail of what the report gives; Sörbyholms kommun and its people do not
exist.

The .pdf is committed; run this (`python -m evals.extra_docs.build_trygghet` or the file directly) only to change
the report. Line numbers in evals/cases/blind31_*.jsonl refer to the lines `ingest.load.load_document` extracts
from the PDF, so re-check them after any change. reportlab's invariant mode keeps the file identical between builds.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "sorbyholm-trygghetsundersokning-2025.pdf"

TITLE = "Trygghetsundersökning och trygghetsvandringar 2025 – en jämställdhetsanalys"

INTRO = [
    "Sörbyholms kommun, samhällsbyggnadsförvaltningen. Dnr SBN 2025/214. Godkänd av samhällsbyggnadsnämnden den "
    "20 november 2025.",
]

SUMMARY = [
    "Andelen kvinnor som känner sig otrygga när de är ute ensamma sent en kväll i sitt eget bostadsområde minskade "
    "från 41 procent 2023 till 36 procent 2025. Bland män var andelen i stort sett oförändrad, 14 procent 2023 och "
    "13 procent 2025. Skillnaden mellan kvinnor och män är störst i åldern 16–29 år.",
    "Otryggheten är högst i stadsdelen Kvarnbacken, där 52 procent av kvinnorna känner sig otrygga. "
    "Samhällsbyggnadsnämnden har beslutat om sex åtgärder, bland annat ny belysning längs gång- och cykelvägen "
    "genom Ekdalsparken.",
]

BACKGROUND = [
    "Sörbyholms kommun följer de nationella jämställdhetspolitiska målen. Ett av dem är att kvinnor och män ska ha "
    "samma rätt och möjlighet till kroppslig integritet. Att kunna röra sig fritt och tryggt i det offentliga "
    "rummet är en del av det målet. Därför gör samhällsbyggnadsförvaltningen vartannat år en "
    "trygghetsundersökning bland invånarna och redovisar resultaten uppdelat på kön.",
    "Med trygghetsvandring menas en promenad i ett avgränsat område där boende, tjänstepersoner från kommunen och "
    "fastighetsägare tillsammans går en bestämd sträcka kvällstid och noterar platser som upplevs som otrygga, "
    "till exempel mörka passager, skymd sikt eller nedskräpning.",
    "Med otrygghetsindex menas ett mått från 0 till 100 som räknas fram ur svaren på fem frågor i enkäten om oro "
    "och otrygghet. Ju högre värde, desto större otrygghet. Indexet var 38 för kvinnor och 17 för män 2025, mot 42 "
    "för kvinnor och 18 för män 2023.",
]

AGE_TEXT_BEFORE = [
    "Tabell 1 visar andelen (procent) som svarade att de känner sig ganska eller mycket otrygga när de går ut "
    "ensamma sent en kväll i sitt bostadsområde, efter kön och åldersgrupp. Kolumnerna n anger antalet svarande "
    "i varje grupp.",
]

AGE_TABLE = [
    ["Kön och ålder", "Andel 2023", "n 2023", "Andel 2025", "n 2025"],
    ["Kvinnor 16–29 år", "54", "212", "47", "198"],
    ["Kvinnor 30–64 år", "37", "618", "33", "640"],
    ["Kvinnor 65 år och äldre", "39", "341", "35", "362"],
    ["Män 16–29 år", "19", "187", "16", "171"],
    ["Män 30–64 år", "11", "574", "11", "590"],
    ["Män 65 år och äldre", "16", "295", "14", "311"],
    ["Samtliga", "28", "2 227", "25", "2 272"],
]

AGE_TEXT_AFTER = [
    "Störst är minskningen bland kvinnor 16–29 år, 7 procentenheter. Bland män 30–64 år är andelen densamma båda "
    "åren. Även 2025 är andelen otrygga bland unga kvinnor nästan tre gånger så hög som bland unga män.",
    "Otryggheten påverkar hur invånarna rör sig. Bland kvinnorna svarade 29 procent att de under det senaste året "
    "har avstått från en aktivitet på kvällen, till exempel en promenad eller ett träningspass, för att de kände sig "
    "otrygga. Bland männen var det 9 procent.",
]

AREA_TEXT_BEFORE = [
    "Tabell 2 visar samma andel 2025 i kommunens fem stadsdelar, för kvinnor och män.",
]

AREA_TABLE = [
    ["Stadsdel", "Kvinnor", "Män"],
    ["Centrum", "34", "12"],
    ["Kvarnbacken", "52", "21"],
    ["Lövhagen", "27", "9"],
    ["Strandängen", "23", "8"],
    ["Norra Höjden", "38", "13"],
]

AREA_TEXT_AFTER = [
    "Skillnaden mellan kvinnor och män är störst i Kvarnbacken, 31 procentenheter, och minst i Strandängen, 15 "
    "procentenheter. Strandängen är den stadsdel där både kvinnor och män känner sig tryggast.",
]

CAUSES = [
    "De svarande som känner sig otrygga angav som vanligaste orsaker dålig belysning, grupper av berusade "
    "personer, öde platser utan insyn samt rädsla för att bli trakasserad eller ofredad. Kvinnor angav oftare än "
    "män rädsla för sexuella trakasserier som orsak, medan män oftare angav rädsla för att bli rånade.",
]

WALKS_INTRO = [
    "Under september och oktober 2025 genomfördes fem trygghetsvandringar, en i varje stadsdel, med sammanlagt 64 "
    "deltagare, varav 41 kvinnor. Följande platser pekades ut som otrygga:",
]

PLACES = [
    "gångtunneln under Järnvägsgatan vid resecentrum",
    "gång- och cykelvägen genom Ekdalsparken mellan Kvarnbacken och Centrum",
    "parkeringshuset Lyktan i Centrum",
    "busshållplatsen vid Lövhagens torg",
    "skolgården vid Strandängsskolan efter klockan 18",
]

ANALYSIS = [
    "Resultaten visar att otryggheten i Sörbyholm är ojämnt fördelad mellan kvinnor och män. Kvinnor känner sig "
    "otrygga i större utsträckning än män i alla åldersgrupper och i alla stadsdelar. Det betyder att kvinnor i "
    "praktiken har sämre tillgång till det offentliga rummet på kvällstid, även om det inte finns några formella "
    "hinder. När kvinnor avstår från kvällsaktiviteter påverkar det också deras möjligheter till fritid, motion "
    "och arbete på obekväma tider.",
    "Männens otrygghet handlar oftare om en konkret plats eller händelse, medan kvinnors otrygghet oftare handlar "
    "om att vara ensam i miljöer där det är svårt att se och bli sedd. Den fysiska miljön spelar därför stor roll. "
    "Belysning, siktlinjer och möjligheten att välja en annan väg är faktorer som kommunen själv kan påverka i "
    "planering, byggande och skötsel.",
    "Att otryggheten bland kvinnor har minskat sedan 2023 kan delvis bero på de åtgärder som genomfördes efter förra "
    "undersökningen, men förvaltningen kan inte visa något sådant samband med de uppgifter som finns.",
]

FOLLOW_UP = [
    "Efter undersökningen 2023 beslutade nämnden om fyra åtgärder. Tre av dem är genomförda: belysningen på "
    "Stationsgatan har bytts ut, buskarna längs strandpromenaden i Strandängen har tagits bort och en ny "
    "busshållplats med glasväggar har byggts vid Norra Höjdens centrum. Den fjärde åtgärden, en ny gångbro över "
    "Sörån, har skjutits upp till 2027 av kostnadsskäl.",
]

MEASURES_INTRO = ["Samhällsbyggnadsnämnden beslutade den 20 november 2025 om följande åtgärder:"]

MEASURES = [
    "Ny LED-belysning sätts upp längs gång- och cykelvägen genom Ekdalsparken. Ansvarig: gatu- och parkenheten. "
    "Klart senast den 31 mars 2026. Kostnad: 1 450 000 kronor.",
    "Gångtunneln under Järnvägsgatan målas om och får ljusare belysning. Ansvarig: trafikenheten. Klart senast den "
    "30 juni 2026. Kostnad: 620 000 kronor.",
    "Buskaget kring busshållplatsen vid Lövhagens torg röjs så att sikten blir bättre. Ansvarig: gatu- och "
    "parkenheten. Klart senast den 15 december 2025.",
    "Parkeringshuset Lyktan bevakas av nattvakter på fredags- och lördagskvällar. Ansvarig: parkeringsenheten. "
    "Från och med den 1 februari 2026. Kostnad: 380 000 kronor per år.",
    "Trygghetsvandringar genomförs med unga kvinnor 16–29 år tillsammans med kommunens fritidsgårdar. Ansvarig: "
    "fritidsenheten. Klart senast den 30 september 2026.",
    "En checklista för trygghet och jämställdhet tas fram för alla nya detaljplaner. Ansvarig: planenheten. Klart "
    "senast den 31 maj 2026.",
]

METHOD = [
    "Enkäten skickades i mars 2025 till ett slumpmässigt urval av 4 800 invånare som var 16 år eller äldre och "
    "folkbokförda i kommunen. Den kunde besvaras på papper eller på webben och fanns på svenska, engelska och "
    "arabiska. Svarsfrekvensen var 47 procent totalt, 51 procent bland kvinnorna och 44 procent bland männen. "
    "Svaren har vägts efter kön, ålder och stadsdel. Undersökningen 2023 gjordes på samma sätt med ett urval av "
    "4 600 invånare. Nästa undersökning görs våren 2027.",
]

LIMITS = [
    "Undersökningen omfattar inte personer under 16 år, så rapporten har inga siffror om barns och yngre "
    "tonåringars trygghet. Rapporten redovisar inte heller antalet anmälda brott i kommunen; den statistiken finns "
    "hos Polisen och Brottsförebyggande rådet. Resultaten redovisas inte efter födelseland eller "
    "funktionsnedsättning, eftersom grupperna blev för små för säkra slutsatser.",
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
    story += [Paragraph("Sammanfattning", h2), *paragraphs(SUMMARY)]
    story += [Paragraph("1. Bakgrund och begrepp", h2), *paragraphs(BACKGROUND)]
    story += [Paragraph("2. Otrygghet efter kön och ålder", h2), *paragraphs(AGE_TEXT_BEFORE)]
    story += table("Tabell 1. Andel (procent) som känner sig otrygga utomhus sent en kväll, efter kön och ålder, "
                   "2023 och 2025", AGE_TABLE, [150, 70, 60, 70, 60])
    story += paragraphs(AGE_TEXT_AFTER)
    story += [Paragraph("3. Otrygghet i stadsdelarna", h2), *paragraphs(AREA_TEXT_BEFORE)]
    story += table("Tabell 2. Andel (procent) som känner sig otrygga utomhus sent en kväll, efter stadsdel och "
                   "kön, 2025", AREA_TABLE, [150, 80, 80])
    story += paragraphs(AREA_TEXT_AFTER)
    story += [Paragraph("4. Orsaker till otryggheten", h2), *paragraphs(CAUSES)]
    story += [Paragraph("5. Analys ur ett jämställdhetsperspektiv", h2), *paragraphs(ANALYSIS)]
    story += [Paragraph("6. Trygghetsvandringar", h2), *paragraphs(WALKS_INTRO), bulleted(PLACES, normal),
              Spacer(1, 6)]
    story += [Paragraph("7. Uppföljning av åtgärderna från 2023", h2), *paragraphs(FOLLOW_UP)]
    story += [Paragraph("8. Beslutade åtgärder", h2), *paragraphs(MEASURES_INTRO), numbered(MEASURES, normal),
              Spacer(1, 6)]
    story += [Paragraph("9. Metod", h2), *paragraphs(METHOD)]
    story += [Paragraph("10. Det här omfattar undersökningen inte", h2), *paragraphs(LIMITS)]
    story += paragraphs(["Kontaktperson: Sara Holmén, trygghetssamordnare, samhällsbyggnadsförvaltningen, "
                         "Sörbyholms kommun."])
    SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="Sörbyholms kommun", invariant=1).build(story)
    return path


if __name__ == "__main__":
    build()
