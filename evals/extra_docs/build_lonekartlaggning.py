"""Builds `stenaker-lonekartlaggning-2025.html`, a municipality's pay survey among the answer-eval's extra documents.

A fictional kommun's HR report "Lönekartläggning och jämställda villkor 2025" as the HTML page a kommun publishes on
its website: the purpose and the requirement of diskrimineringslagen; who took part (HR, ekonomi, the förvaltningar's
HR-partner, trade unions named by confederation, no persons); how equal and equivalent work was judged, with a
definition of likvärdiga arbeten; a table of yrkesgrupper with the number of women and men, their mean monthly pay
and women's pay as a percentage of men's for 2025 and 2024 (one group without a 2024 figure, said why); the
osakliga löneskillnader found and their causes as a bulleted list; measures for 2026 as a numbered list, each with
its responsible role and date and a cost for three of them only; a table of conditions by gender for 2024 and 2025
(heltid, deltid, föräldraledighet, sjukfrånvaro); when and to whom it is followed up (personalutskottet); what the
survey does not cover; a contact and the publication date inside the article, and the site's header, breadcrumbs and
footer around it (which the loader leaves out). Written for the blind36 set (evals/cases/blind36_*.jsonl), whose
unanswerable questions each change one detail of what the report gives; Stenåkers kommun and its people do not exist.

The .html is committed; run this (`python -m evals.extra_docs.build_lonekartlaggning` or the file directly) only to
change the page. Line numbers in evals/cases/blind36_*.jsonl are the page's own lines (an HTML citation opens the
file's lines: `ingest.load.html_shown_lines`), so re-check them after any change: every block and every table row
stands on a line of its own. The figures agree with each other: each percentage is the women's mean pay over the
men's, rounded to one decimal; the staff counts add up; the total cost is the sum of the two pay adjustments; the
equivalent groups' pooled means are the head-count weighted means, rounded to tens of kronor.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent / "stenaker-lonekartlaggning-2025.html"

TITLE = "Lönekartläggning och jämställda villkor 2025"

# Yrkesgrupp, women, men, mean pay women, mean pay men (kr/month, full time, 1 October 2025), women's pay in percent
# of men's 2024 ("–": the group had no figure of its own then).
PAY_GROUPS = [
    ("Undersköterska", 412, 58, 31450, 31880, "98,1"),
    ("Förskollärare", 171, 9, 37900, 37600, "100,4"),
    ("Socialsekreterare", 48, 9, 39500, 39300, "100,2"),
    ("Lärare åk 7–9", 64, 38, 41200, 42350, "96,2"),
    ("Fritidsledare", 14, 17, 28300, 29950, "–"),
    ("Ingenjör", 23, 41, 43800, 45900, "94,8"),
    ("IT-tekniker", 6, 19, 34100, 36800, "93,5"),
]

PAY_HEADER = ("Yrkesgrupp", "Antal kvinnor", "Antal män", "Medellön kvinnor (kr/månad)", "Medellön män (kr/månad)",
              "Kvinnors lön i procent av mäns 2025", "Kvinnors lön i procent av mäns 2024")

# Condition, women 2024, men 2024, women 2025, men 2025.
CONDITIONS_HEADER = ("Villkor", "Kvinnor 2024", "Män 2024", "Kvinnor 2025", "Män 2025")
CONDITIONS = [
    ("Andel heltidsanställda (procent)", "74", "88", "78", "89"),
    ("Andel deltidsanställda (procent)", "26", "12", "22", "11"),
    ("Uttag av föräldraledighet (dagar per föräldraledig medarbetare)", "118", "64", "112", "71"),
    ("Sjukfrånvaro (procent av ordinarie arbetstid)", "7,9", "4,6", "7,4", "4,8"),
]

WOMEN, MEN = 2161, 685


def kronor(amount: int) -> str:
    """'31 450': a Swedish amount with a space between thousands."""
    return f"{amount:,}".replace(",", " ")


def percent_of_mens(women: int, men: int) -> str:
    """Women's mean pay in percent of men's, one decimal with a decimal comma."""
    return f"{100 * women / men:.1f}".replace(".", ",")


def pooled_mean(group: str) -> int:
    """A group's head-count weighted mean pay (women and men together), rounded half up to tens of kronor."""
    name, women, men, pay_w, pay_m, _ = next(g for g in PAY_GROUPS if g[0] == group)
    mean = (women * pay_w + men * pay_m) / (women + men)
    return int(mean / 10 + 0.5) * 10


def build(path: Path = OUT) -> Path:
    preschool, engineer = pooled_mean("Förskollärare"), pooled_mean("Ingenjör")
    gap = engineer - preschool
    adjust_it, adjust_preschool = 96000, 1450000
    e = escape
    out: list[str] = []
    add = out.append

    add("<!DOCTYPE html>")
    add('<html lang="sv">')
    add("<head>")
    add('<meta charset="utf-8">')
    add(f"<title>{e(TITLE)} - Stenåkers kommun</title>")
    add('<link rel="stylesheet" href="/sitevision/system-resource/stenaker.css">')
    add("</head>")
    add("<body>")
    add('<header class="site-header">')
    add('<a href="/">Stenåkers kommun</a>')
    add('<nav class="breadcrumbs"><a href="/kommun-och-politik">Kommun och politik</a> / '
        '<a href="/kommun-och-politik/arbetsgivare">Kommunen som arbetsgivare</a> / Lönekartläggning</nav>')
    add("</header>")
    add('<main id="content">')
    add("<article>")
    add(f"<h1>{e(TITLE)}</h1>")
    add('<p class="lead">Stenåkers kommun, kommunledningsförvaltningen, personalavdelningen. Kartläggningen avser '
        "lönerna den 1 oktober 2025.</p>")
    add("")
    add("<h2>Syfte och lagkrav</h2>")
    add("<p>Enligt 3 kap. 8–10 §§ diskrimineringslagen (2008:567) ska arbetsgivaren varje år kartlägga och analysera "
        "löner och andra anställningsvillkor för att upptäcka, åtgärda och förhindra osakliga skillnader i lön mellan "
        "kvinnor och män. En arbetsgivare med tio eller fler anställda ska dokumentera arbetet skriftligt.</p>")
    add("<p>Syftet med lönekartläggningen är att se om det finns osakliga löneskillnader mellan kvinnor och män som "
        "utför lika eller likvärdiga arbeten, och att ta fram åtgärder med kostnad och tidplan.</p>")
    add(f"<p>Kartläggningen omfattar alla månadsavlönade tillsvidareanställda den 1 oktober 2025, sammanlagt "
        f"{kronor(WOMEN + MEN)} personer, varav {kronor(WOMEN)} kvinnor och {MEN} män.</p>")
    add("")
    add("<h2>Så har kartläggningen gjorts</h2>")
    add("<p>Kartläggningen har gjorts i samverkan mellan arbetsgivaren och de fackliga organisationerna. "
        "Följande deltog i arbetet:</p>")
    add("<ul>")
    add("<li>personalavdelningen, med en HR-strateg som samordnare och två lönespecialister</li>")
    add("<li>en HR-partner från varje förvaltning</li>")
    add("<li>ekonomiavdelningen, som beräknade kostnaderna för lönejusteringarna</li>")
    add("<li>fackliga företrädare för organisationer inom LO, TCO och Saco</li>")
    add("</ul>")
    add("<p>Arbetsgruppen träffades vid sex tillfällen mellan september och november 2025.</p>")
    add("<h3>Lika och likvärdiga arbeten</h3>")
    add("<p>Först jämfördes kvinnor och män som utför lika arbeten, alltså samma arbetsuppgifter. Därefter "
        "jämfördes grupper med likvärdiga arbeten, med hjälp av en arbetsvärdering.</p>")
    add("<p>Med likvärdiga arbeten menas arbeten som vid en samlad bedömning av kraven på kunskaper och färdigheter, "
        "ansvar och ansträngning samt arbetsförhållandena kan anses vara lika mycket värda.</p>")
    add("<p>Löneskillnader som inte kunde förklaras av erfarenhet, utbildning, ansvar eller arbetsmarknadsläget "
        "bedömdes som osakliga.</p>")
    add("")
    add("<h2>Löner i utvalda yrkesgrupper</h2>")
    add("<p>Tabell 1 visar antal anställda och medellön för kvinnor och män i sju yrkesgrupper. Lönerna är grundlön "
        "i kronor per månad omräknad till heltid. Den sista kolumnen visar samma jämförelse för 2024.</p>")
    add('<table class="sv-table">')
    add("<caption>Tabell 1. Antal anställda och medellön för kvinnor och män efter yrkesgrupp, 1 oktober 2025"
        "</caption>")
    add("<thead>")
    add("<tr>" + "".join(f"<th>{e(h)}</th>" for h in PAY_HEADER) + "</tr>")
    add("</thead>")
    add("<tbody>")
    for name, women, men, pay_w, pay_m, pct_2024 in PAY_GROUPS:
        cells = (name, str(women), str(men), kronor(pay_w), kronor(pay_m), percent_of_mens(pay_w, pay_m), pct_2024)
        add("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    add("</tbody>")
    add("</table>")
    add("<p>För fritidsledare finns ingen jämförelse med 2024, eftersom gruppen då ingick i den större gruppen "
        "fritidspersonal.</p>")
    add("<p>I arbetsvärderingen fick förskollärare, en kvinnodominerad grupp, samma värde som ingenjör, en "
        f"mansdominerad grupp. Förskollärarnas medellön är ändå {kronor(preschool)} kronor mot ingenjörernas "
        f"{kronor(engineer)} kronor (kvinnor och män sammantaget), och skillnaden är {kronor(gap)} kronor i "
        "månaden.</p>")
    add("")
    add("<h2>Osakliga löneskillnader och deras orsaker</h2>")
    add("<p>Analysen visade osakliga löneskillnader i fyra fall. Personalavdelningen och de fackliga organisationerna "
        "bedömer att de har följande orsaker:</p>")
    add("<ul>")
    add("<li>IT-tekniker: kvinnor som anställts sedan 2021 har fått lägre ingångslön än män som anställts "
        "samma år.</li>")
    add("<li>Lärare åk 7–9: lönetillägg för mentorsuppdrag och för arbetslagsledare har oftare getts till män.</li>")
    add("<li>Fritidsledare: vid nyanställning har män oftare fått kvällsarbete med ob-tillägg inräknat i "
        "grundlönen.</li>")
    add("<li>Förskollärare jämfört med ingenjör: lönerna för ingenjörer har följt marknadslönerna, medan "
        "förskollärarnas löner inte har höjts i samma takt.</li>")
    add("</ul>")
    add("<p>För undersköterskor och socialsekreterare hittades inga osakliga löneskillnader mellan kvinnor och män. "
        "Skillnaderna där förklaras av erfarenhet och utbildning.</p>")
    add("")
    add("<h2>Åtgärder 2026</h2>")
    add("<p>Personalavdelningen föreslår sex åtgärder. Lönejusteringarna görs utöver den ordinarie löneöversynen "
        "2026.</p>")
    add("<ol>")
    add(f"<li>Lönejustering för kvinnliga IT-tekniker, totalt {kronor(adjust_it)} kronor per år. Ansvarig: "
        "personalchefen. Genomförs den 1 april 2026.</li>")
    add("<li>Lönejustering för förskollärare i tre steg 2026–2028, totalt "
        f"{kronor(adjust_preschool)} kronor per år när alla steg är genomförda. Ansvarig: förvaltningschefen för "
        "barn- och utbildningsförvaltningen. Första steget den 1 april 2026.</li>")
    add("<li>Nya riktlinjer för lönetillägg för mentorsuppdrag och arbetslagsledare, så att tilläggen fördelas "
        "öppet. Ansvarig: HR-partner för barn- och utbildningsförvaltningen. Klart den 31 mars 2026.</li>")
    add("<li>Ingångslön för nyanställda fritidsledare sätts utan att ob-tillägg räknas in. Ansvarig: "
        "förvaltningschefen för kultur- och fritidsförvaltningen. Gäller från den 1 februari 2026.</li>")
    add("<li>Utbildning i lönesättning utan könsbias för alla chefer som sätter lön. Ansvarig: HR-strategen. "
        "Under våren 2026. Kostnad: 120 000 kronor.</li>")
    add("<li>Undersökning av önskad sysselsättningsgrad bland alla deltidsanställda. Ansvarig: personalchefen. "
        "Klart den 30 september 2026.</li>")
    add("</ol>")
    add(f"<p>Lönejusteringarna kostar sammanlagt {kronor(adjust_it + adjust_preschool)} kronor per år. "
        "Kostnaden ryms i kommunstyrelsens budget för lönepolitiska satsningar.</p>")
    add("")
    add("<h2>Jämställda villkor: heltid, föräldraledighet och sjukfrånvaro</h2>")
    add("<p>Kartläggningen omfattar också andra anställningsvillkor. Tabell 2 visar dem för kvinnor och män 2024 och "
        "2025.</p>")
    add('<table class="sv-table">')
    add("<caption>Tabell 2. Anställningsvillkor efter kön, 2024 och 2025</caption>")
    add("<thead>")
    add("<tr>" + "".join(f"<th>{e(h)}</th>" for h in CONDITIONS_HEADER) + "</tr>")
    add("</thead>")
    add("<tbody>")
    for row in CONDITIONS:
        add("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    add("</tbody>")
    add("</table>")
    add("<p>Andelen kvinnor som arbetar heltid har ökat, främst sedan vård- och omsorgsförvaltningen införde heltid "
        "som norm för undersköterskor 2024.</p>")
    add("<p>Av alla dagar med föräldraledighet som medarbetarna tog ut 2025 togs 63 procent av kvinnor och "
        "37 procent av män. År 2024 var fördelningen 66 och 34 procent.</p>")
    add("<p>Kvinnornas sjukfrånvaro har minskat men är fortfarande högre än männens.</p>")
    add("")
    add("<h2>Uppföljning</h2>")
    add("<p>Personalavdelningen följer upp åtgärderna i oktober 2026, i samband med nästa lönekartläggning. "
        "Resultatet redovisas för personalutskottet den 10 november 2026 och för kommunstyrelsen i december "
        "2026.</p>")
    add("<p>De fackliga organisationerna får ta del av uppföljningen innan den redovisas för personalutskottet.</p>")
    add("")
    add("<h2>Det här omfattar kartläggningen inte</h2>")
    add("<p>Timavlönade och visstidsanställda ingår inte. Chefernas löner jämförs inte i den här kartläggningen, "
        "och inte heller tillägg för jour och beredskap. Löner i kommunens helägda bolag ingår inte.</p>")
    add("")
    add("<h2>Kontakt</h2>")
    add("<p>Frågor om lönekartläggningen besvaras av HR-strateg Karin Vall, personalavdelningen, telefon "
        "0522-461 20.</p>")
    add('<p class="meta">Publicerad den 15 december 2025.</p>')
    add("</article>")
    add("</main>")
    add('<footer class="site-footer">')
    add("<p>Stenåkers kommun, Rådhusgatan 4, 451 80 Stenåker. Växel 0522-460 00.</p>")
    add('<p><a href="/om-webbplatsen/kakor">Kakor</a> | <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p>')
    add("</footer>")
    add("</body>")
    add("</html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    build()
