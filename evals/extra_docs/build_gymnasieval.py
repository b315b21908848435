"""Builds `hedeby-konsbundna-gymnasieval-2025.html`, a kommun's follow-up of gender-bound upper-secondary choices
among the answer-eval's extra documents.

A fictional kommun's barn- och utbildningsförvaltning publishes "Könsbundna gymnasieval – uppföljning av studie- och
yrkesvägledningen 2025" (grundskolans årskurs 7–9) as the HTML page a kommun puts on its website: a table of contents
in a <nav> at the top (which the loader leaves out, like the site's header, breadcrumbs and footer); the purpose and
the background, with the demand of skollagen and the läroplan that the guidance counteract gender-bound choices in a
footnote (a <sup> reference and a footnote paragraph at the end); the method (the gymnasieantagning's statistics of
first choices, an elevenkät in årskurs 9 with its svarsfrekvens, interviews with the studie- och yrkesvägledare and
the rektorer, roles only); a table of the first choices 2025 per programme by flickor and pojkar with the total and
the share of girls, and the share of girls 2024 for the programmes followed up then (said why the others lack it),
with a 'Samtliga' row; a paragraph comparing the three grundskolor, with figures for two of them only; the
elevenkät's findings (who influenced the choice, by gender) and the causes the vägledare name as bulleted lists; the
measures as a numbered list, each with its responsible role and a term or date and a cost for three of them only (and
their total); the follow-up (when, to whom: barn- och utbildningsnämnden); what it does not cover. Written for the
blind38 set (evals/cases/blind38_*.jsonl), whose unanswerable questions each change one detail of what the report
gives; Hedeby kommun, its schools and its people do not exist.

The .html is committed; run this (`python -m evals.extra_docs.build_gymnasieval` or the file directly) only to change
the page. Line numbers in evals/cases/blind38_*.jsonl are the page's own lines (an HTML citation opens the file's
lines: `ingest.load.html_shown_lines`), so re-check them after any change: every block and every table row stands on
a line of its own. The figures agree with each other: each programme's total is its girls plus its boys, the
'Samtliga' row the sum of the rows, each share of girls the girls over the total rounded to a whole percent, the
stated change for Vård- och omsorgsprogrammet that of its two shares, the svarsfrekvens the answers over the pupils,
and the measures' total cost the sum of the three costs given.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent / "hedeby-konsbundna-gymnasieval-2025.html"

TITLE = "Könsbundna gymnasieval – uppföljning av studie- och yrkesvägledningen 2025"

# Programme, girls and boys with it as their first choice in February 2025, the share of girls 2024 in percent ("–":
# the programme was not followed up in 2024).
CHOICES = [
    ("El- och energiprogrammet", 3, 31, "6"),
    ("Vård- och omsorgsprogrammet", 19, 4, "88"),
    ("Teknikprogrammet", 9, 27, "–"),
    ("Barn- och fritidsprogrammet", 14, 5, "79"),
    ("Naturvetenskapsprogrammet", 28, 22, "55"),
    ("Samhällsvetenskapsprogrammet", 41, 24, "60"),
    ("Bygg- och anläggningsprogrammet", 2, 26, "4"),
    ("Estetiska programmet", 22, 8, "–"),
    ("Övriga program", 70, 63, "–"),
]

CHOICES_HEADER = ("Program", "Flickor 2025", "Pojkar 2025", "Totalt 2025", "Andel flickor 2025 (procent)",
                  "Andel flickor 2024 (procent)")

PUPILS, ANSWERS = 426, 345  # pupils in årskurs 9, answers to the elevenkät

COSTS = (60000, 38000, 45000)  # measures 1, 2 and 4


def kronor(amount: int) -> str:
    """'60 000': a Swedish amount with a space between thousands."""
    return f"{amount:,}".replace(",", " ")


def share(part: int, whole: int) -> str:
    """A whole percent, rounded half up."""
    return str(int(100 * part / whole + 0.5))


def choices_table() -> list[tuple[str, ...]]:
    """Tabell 1's body rows: the programmes and their sum ('Samtliga', without 2024: not all programmes had it)."""
    rows = []
    for name, girls, boys, before in CHOICES:
        rows.append((name, str(girls), str(boys), str(girls + boys), share(girls, girls + boys), before))
    girls, boys = sum(c[1] for c in CHOICES), sum(c[2] for c in CHOICES)
    rows.append(("Samtliga", str(girls), str(boys), str(girls + boys), share(girls, girls + boys), "–"))
    return rows


def build(path: Path = OUT) -> Path:
    e = escape
    girls, boys = sum(c[1] for c in CHOICES), sum(c[2] for c in CHOICES)
    care = next(c for c in CHOICES if c[0] == "Vård- och omsorgsprogrammet")
    care_2025 = share(care[1], care[1] + care[2])
    out: list[str] = []
    add = out.append

    add("<!DOCTYPE html>")
    add('<html lang="sv">')
    add("<head>")
    add('<meta charset="utf-8">')
    add(f"<title>{e(TITLE)} - Hedeby kommun</title>")
    add('<link rel="stylesheet" href="/sitevision/system-resource/hedeby.css">')
    add("</head>")
    add("<body>")
    add('<header class="site-header">')
    add('<a href="/">Hedeby kommun</a>')
    add('<nav class="breadcrumbs"><a href="/utbildning">Utbildning och förskola</a> / '
        '<a href="/utbildning/grundskola">Grundskola</a> / Uppföljning av gymnasievalen</nav>')
    add("</header>")
    add('<main id="content">')
    add("<article>")
    add(f"<h1>{e(TITLE)}</h1>")
    add('<p class="lead">Hedeby kommun, barn- och utbildningsförvaltningen. Uppföljningen gäller elever i årskurs 7–9 '
        "i kommunens tre grundskolor och deras val till gymnasieskolan 2025.</p>")
    add('<nav class="toc" aria-label="Innehåll">')
    add("<h2>Innehåll</h2>")
    add("<ol>")
    for anchor, heading in (("syfte", "Syfte och bakgrund"), ("metod", "Så har uppföljningen gjorts"),
                            ("forstahandsval", "Förstahandsval 2025"), ("skolorna", "Skillnader mellan skolorna"),
                            ("elevenkaten", "Vad eleverna svarade i enkäten"), ("orsaker", "Orsaker"),
                            ("atgarder", "Åtgärder"), ("uppfoljning", "Uppföljning"),
                            ("avgransningar", "Det här omfattar uppföljningen inte")):
        add(f'<li><a href="#{anchor}">{e(heading)}</a></li>')
    add("</ol>")
    add("</nav>")
    add("")
    add('<h2 id="syfte">Syfte och bakgrund</h2>')
    add("<p>Syftet med uppföljningen är att ta reda på hur könsbundna elevernas val till gymnasieskolan är och om "
        "studie- och yrkesvägledningen i årskurs 7–9 bidrar till att eleverna väljer utan att begränsas av sitt "
        "kön.</p>")
    add("<p>Skolan ska motverka traditionella könsmönster, och eleverna ska få vägledning inför valet av fortsatt "
        'utbildning och yrke så att valet inte begränsas av kön.<sup><a href="#fotnot-1">1</a></sup> '
        "Barn- och utbildningsnämnden gav förvaltningen i uppdrag att följa upp detta varje år sedan 2024.</p>")
    add("<p>Med könsbundet val menas i uppföljningen att en elev väljer ett program där minst 70 procent av de "
        "sökande har samma kön som eleven.</p>")
    add("")
    add('<h2 id="metod">Så har uppföljningen gjorts</h2>')
    add("<p>Uppföljningen bygger på tre underlag:</p>")
    add("<ul>")
    add("<li>antagningsstatistik från gymnasieantagningen över elevernas förstahandsval i februari 2025</li>")
    add(f"<li>en elevenkät till alla elever i årskurs 9 i mars 2025, som {ANSWERS} av {PUPILS} elever besvarade "
        f"(svarsfrekvens {share(ANSWERS, PUPILS)} procent)</li>")
    add("<li>intervjuer med kommunens fyra studie- och yrkesvägledare och med rektorerna på de tre skolorna</li>")
    add("</ul>")
    add(f"<p>Av kommunens {PUPILS} elever i årskurs 9 sökte {girls + boys} till gymnasieskolan. De övriga "
        "flyttade från kommunen under våren eller sökte till en folkhögskola.</p>")
    add("")
    add('<h2 id="forstahandsval">Förstahandsval 2025</h2>')
    add("<p>Tabell 1 visar hur många flickor och pojkar som sökte varje program i första hand och hur stor andel av "
        "de sökande som var flickor. Den sista kolumnen visar andelen flickor 2024.</p>")
    add('<table class="sv-table">')
    add("<caption>Tabell 1. Förstahandsval till gymnasieskolan efter program och kön, februari 2025, antal elever"
        "</caption>")
    add("<thead>")
    add("<tr>" + "".join(f"<th>{e(h)}</th>" for h in CHOICES_HEADER) + "</tr>")
    add("</thead>")
    add("<tbody>")
    for row in choices_table():
        add("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    add("</tbody>")
    add("</table>")
    add("<p>Teknikprogrammet, Estetiska programmet och övriga program saknar jämförelse med 2024, eftersom "
        "uppföljningen 2024 bara omfattade sex program.</p>")
    add(f"<p>Andelen flickor bland de sökande till Vård- och omsorgsprogrammet sjönk från {care[3]} procent 2024 "
        f"till {care_2025} procent 2025, alltså med {int(care[3]) - int(care_2025)} procentenheter. På Bygg- och "
        "anläggningsprogrammet och El- och energiprogrammet är andelen flickor fortfarande under tio procent.</p>")
    add("")
    add('<h2 id="skolorna">Skillnader mellan skolorna</h2>')
    add("<p>Kommunens tre grundskolor med årskurs 7–9 är Ekängsskolan, Tallmoskolan och Norrgårdsskolan. På "
        "Ekängsskolan sökte 11 av 64 flickor ett program där pojkarna är i majoritet, vilket är 17 procent. På "
        "Tallmoskolan sökte 5 av 58 pojkar Vård- och omsorgsprogrammet eller Barn- och fritidsprogrammet. För "
        "Norrgårdsskolan redovisas inga siffror per skola, eftersom skolan bytte elevregister under våren och "
        "uppgifterna inte gick att ta fram.</p>")
    add("")
    add('<h2 id="elevenkaten">Vad eleverna svarade i enkäten</h2>')
    add("<p>I enkäten fick eleverna svara på vem eller vad som påverkat deras gymnasieval mycket. Andelen som "
        "svarade att följande påverkat valet mycket var:</p>")
    add("<ul>")
    add("<li>föräldrar eller andra vuxna i familjen: 64 procent av flickorna och 71 procent av pojkarna</li>")
    add("<li>kompisar: 38 procent av flickorna och 45 procent av pojkarna</li>")
    add("<li>gymnasiemässan och skolornas öppet hus: 47 procent av flickorna och 36 procent av pojkarna</li>")
    add("<li>samtal med studie- och yrkesvägledaren: 29 procent av flickorna och 18 procent av pojkarna</li>")
    add("<li>praon i årskurs 8: 22 procent av flickorna och 31 procent av pojkarna</li>")
    add("</ul>")
    add("<p>Bara 12 procent av flickorna och 9 procent av pojkarna svarade att de hade funderat på ett program där "
        "det egna könet är i minoritet.</p>")
    add("")
    add('<h2 id="orsaker">Orsaker som vägledarna ser</h2>')
    add("<p>I intervjuerna nämnde studie- och yrkesvägledarna följande orsaker till att valen är så "
        "könsbundna:</p>")
    add("<ul>")
    add("<li>Praoplatserna ordnas ofta genom föräldrarnas kontakter och blir därför oftast i yrken som är "
        "traditionella för elevens kön.</li>")
    add("<li>Eleverna möter sällan vuxna förebilder i yrken där deras eget kön är i minoritet.</li>")
    add("<li>De individuella vägledningssamtalen hålls först i årskurs 9, när många elever redan har bestämt "
        "sig.</li>")
    add("<li>Lärarna kopplar sällan undervisningen till yrken och arbetsliv.</li>")
    add("<li>Föräldrarna får lite information om programmen innan eleverna väljer.</li>")
    add("</ul>")
    add("")
    add('<h2 id="atgarder">Åtgärder</h2>')
    add("<p>Förvaltningen genomför följande åtgärder under läsåren 2026/2027 och 2027/2028:</p>")
    add("<ol>")
    add("<li>Alla elever i årskurs 8 erbjuds en praoplats inom ett yrke där deras eget kön är i minoritet. "
        f"Ansvarig: praosamordnaren på barn- och utbildningsförvaltningen. Från ht 2026. Kostnad: "
        f"{kronor(COSTS[0])} kronor.</li>")
    add("<li>Alla klasser i årskurs 8 gör studiebesök på El- och energiprogrammet och på Vård- och "
        "omsorgsprogrammet. Ansvarig: studie- och yrkesvägledarna. Under vt 2027. Kostnad: "
        f"{kronor(COSTS[1])} kronor för bussresor.</li>")
    add("<li>Ett föräldramöte i årskurs 8 om gymnasievalet och könsbundna val hålls på varje skola. Ansvarig: "
        "rektorerna. Ht 2026.</li>")
    add("<li>Lärarna i årskurs 7–9 får fortbildning i att koppla undervisningen till arbetslivet. Ansvarig: "
        "utvecklingsledaren för grundskolan. Klart senast den 31 mars 2027. Kostnad: "
        f"{kronor(COSTS[2])} kronor.</li>")
    add("<li>Varje elev får ett första individuellt vägledningssamtal redan i årskurs 8. Ansvarig: studie- och "
        "yrkesvägledarna. Från ht 2026.</li>")
    add("</ol>")
    add(f"<p>Åtgärderna kostar sammanlagt {kronor(sum(COSTS))} kronor, som ryms i grundskolans budget.</p>")
    add("")
    add('<h2 id="uppfoljning">Uppföljning</h2>')
    add("<p>En ny elevenkät i årskurs 9 görs i mars 2027. Studie- och yrkesvägledarna följer upp åtgärderna efter "
        "gymnasieantagningen 2027, och resultatet redovisas för barn- och utbildningsnämnden i september 2027.</p>")
    add("")
    add('<h2 id="avgransningar">Det här omfattar uppföljningen inte</h2>')
    add("<p>Uppföljningen omfattar inte vuxenutbildningen, gymnasiesärskolan eller elever i fristående grundskolor. "
        "Den har inte heller undersökt hur många elever som byter program eller avbryter sina studier under första "
        "året på gymnasiet.</p>")
    add("")
    add("<h2>Kontakt</h2>")
    add("<p>Frågor om uppföljningen besvaras av utvecklingsledaren för grundskolan, barn- och "
        "utbildningsförvaltningen.</p>")
    add('<p class="meta">Publicerad den 20 november 2025.</p>')
    add("")
    add('<h2 id="fotnoter">Fotnoter</h2>')
    add('<p id="fotnot-1"><sup>1</sup> Skollagen (2010:800) 1 kap. 5 § och 2 kap. 29 §, och Läroplan för '
        "grundskolan, förskoleklassen och fritidshemmet (Lgr22), avsnitt 2.6 Skolan och omvärlden.</p>")
    add("</article>")
    add("</main>")
    add('<footer class="site-footer">')
    add("<p>Hedeby kommun, Torggatan 2, 738 30 Hedeby. Växel 0223-150 00.</p>")
    add('<p><a href="/om-webbplatsen/kakor">Kakor</a> | <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p>')
    add("</footer>")
    add("</body>")
    add("</html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    build()
