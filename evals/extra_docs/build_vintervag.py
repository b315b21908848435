"""Builds `karrnas-vintervaghallning-jamstalldhetsanalys-2025.md`, a kommun's gender-equality analysis of its winter
road maintenance among the answer-eval's extra documents.

A fictional kommun's samhällsbyggnadsförvaltning publishes "Jämställdhetsanalys av vinterväghållningen 2024/25 –
snöröjning och halkbekämpning" as a Markdown file (the classic snöröjning example of jämställdhetsintegrering): a
short sammanfattning; the purpose and the background (the kommun's jämställdhetsstrategi, the national goal in a
footnote `[^1]`); the method (a resvaneundersökning with its svarsfrekvens, the kommun's accident figures from the
akutmottagningen through STRADA, a medborgardialog, roles only); a table of the travel modes in winter by kvinnor and
män (shares of the trips, each column summing to 100 in a 'Totalt' row); a table of the pedestrians injured in
halkolyckor by gender for the winters 2023/24 and 2024/25 with a 'Totalt' row and column; the districts, with figures
for two of the three only; the current order of priority of the snöröjning and the proposed one as numbered lists;
the findings as a nested bulleted list; the measures as a numbered list, each with a responsible role and a date or
season and a cost for three of them only (and their total); the follow-up (when, to whom: tekniska nämnden); what the
analysis does not cover (private and state roads). Written for the blind39 set (evals/cases/blind39_*.jsonl), whose
unanswerable questions each change one detail of what the report gives; Kärrnäs kommun, its districts, streets and
people do not exist.

The .md is committed; run this (`python -m evals.extra_docs.build_vintervag` or the file directly) only to change the
document. Line numbers in evals/cases/blind39_*.jsonl are the file's own lines (the Markdown loader keeps them line
for line, without inline markup; the footnote definition `[^1]: …` is read as '1 …'), so re-check them after any
change. The figures agree with each other: each travel-mode column sums to 100, the women's and men's walking and bus
shares add up to the stated 55 and 34 procent, each accident row's total is its women plus its men and the 'Totalt'
row the sum of the winters, the women's share of the injured the women over the total, the svarsfrekvens the answers
over those asked, and the measures' total cost the sum of the three costs given.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "karrnas-vintervaghallning-jamstalldhetsanalys-2025.md"

TITLE = "Jämställdhetsanalys av vinterväghållningen 2024/25 – snöröjning och halkbekämpning"

# Travel mode, share of the women's and the men's trips in winter (procent), from the resvaneundersökning.
MODES = [
    ("Gång", 34, 22),
    ("Cykel", 9, 11),
    ("Kollektivtrafik", 21, 12),
    ("Bil", 33, 52),
    ("Annat färdsätt", 3, 3),
]

# Winter, women and men injured as pedestrians in halkolyckor (akutmottagningen, STRADA).
INJURED = [
    ("2023/24", 58, 27),
    ("2024/25", 49, 25),
]

ASKED, ANSWERS = 2400, 1032  # invånare 16-84 år asked in the resvaneundersökning, answers

COSTS = (420000, 95000, 35000)  # measures 2, 3 and 5


def kronor(amount: int) -> str:
    """'420 000': a Swedish amount with a space between thousands."""
    return f"{amount:,}".replace(",", " ")


def share(part: int, whole: int) -> str:
    """A whole percent, rounded half up."""
    return str(int(100 * part / whole + 0.5))


def modes_table() -> list[tuple[str, ...]]:
    """Tabell 1's body rows: the travel modes and 'Totalt' (each column 100)."""
    rows = [(mode, str(women), str(men)) for mode, women, men in MODES]
    rows.append(("Totalt", str(sum(m[1] for m in MODES)), str(sum(m[2] for m in MODES))))
    return rows


def injured_table() -> list[tuple[str, ...]]:
    """Tabell 2's body rows: the winters and 'Totalt' (the sum of the winters)."""
    rows = [(winter, str(women), str(men), str(women + men)) for winter, women, men in INJURED]
    women, men = sum(i[1] for i in INJURED), sum(i[2] for i in INJURED)
    rows.append(("Totalt", str(women), str(men), str(women + men)))
    return rows


def row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def build(path: Path = OUT) -> Path:
    women = sum(i[1] for i in INJURED)
    total = sum(i[1] + i[2] for i in INJURED)
    walk_bus = {mode: (w, m) for mode, w, m in MODES}
    women_walk_bus = walk_bus["Gång"][0] + walk_bus["Kollektivtrafik"][0]
    men_walk_bus = walk_bus["Gång"][1] + walk_bus["Kollektivtrafik"][1]
    out: list[str] = []
    add = out.append

    add(f"# {TITLE}")
    add("")
    add("Kärrnäs kommun, samhällsbyggnadsförvaltningen, gatuavdelningen. Beslutad av tekniska nämnden i september "
        "2025.")
    add("")
    add("## Sammanfattning")
    add("")
    add(f"Kvinnor i Kärrnäs går och åker buss mer än män på vintern, och {share(women, total)} procent av de "
        "fotgängare som skadades i halkolyckor de två senaste vintrarna var kvinnor. Snöröjningen börjar ändå med "
        "huvudgatorna, där de flesta bilresorna görs. Analysen föreslår att gång- och cykelvägar till skolor, "
        "förskolor, vårdcentralen och busshållplatser ska röjas först.")
    add("")
    add("## Syfte och bakgrund")
    add("")
    add("Syftet med analysen är att ta reda på om kommunens snöröjning och halkbekämpning ger kvinnor och män samma "
        "möjligheter att ta sig fram på vintern, och att föreslå en prioriteringsordning som tar hänsyn till hur "
        "kvinnor och män reser.")
    add("")
    add("Enligt kommunens jämställdhetsstrategi 2023–2026, som kommunfullmäktige antog i april 2023, ska varje "
        "förvaltning göra minst en jämställdhetsanalys av en verksamhet per år. Analysen bidrar också till det "
        "nationella jämställdhetspolitiska delmålet om jämställd hälsa.[^1]")
    add("")
    add("Gatuavdelningen ansvarar för vinterväghållningen på 142 kilometer kommunala gator och 61 kilometer gång- och "
        "cykelvägar. Vintern 2024/25 kostade snöröjningen och halkbekämpningen 11,8 miljoner kronor.")
    add("")
    add("## Metod")
    add("")
    add("Analysen bygger på tre underlag:")
    add("")
    add(f"- en resvaneundersökning i februari 2025, där {kronor(ASKED)} slumpvis utvalda invånare i åldern 16–84 år "
        f"fick en enkät och {kronor(ANSWERS)} svarade (svarsfrekvens {share(ANSWERS, ASKED)} procent)")
    add("- kommunens egen olycksstatistik över personer som skadats i halkolyckor och sökt vård på akutmottagningen, "
        "hämtad från STRADA för vintrarna 2023/24 och 2024/25 (november–mars)")
    add("- en medborgardialog i mars 2025 med representanter för pensionärsföreningarna, det kommunala "
        "funktionsrättsrådet, föräldraråden i förskolorna och busschaufförerna på den lokala busslinjen")
    add("")
    add("## Hur kvinnor och män reser på vintern")
    add("")
    add("Tabell 1. Resor vintertid efter färdsätt och kön, andel av resorna i procent (resvaneundersökningen 2025)")
    add("")
    add(row(("Färdsätt", "Kvinnor", "Män")))
    add("|---|---|---|")
    for cells in modes_table():
        add(row(cells))
    add("")
    add(f"Kvinnorna gör {women_walk_bus} procent av sina resor till fots eller med kollektivtrafik, männen "
        f"{men_walk_bus} procent.")
    add("")
    add("## Halkolyckor bland fotgängare")
    add("")
    add("Tabell 2. Fotgängare som skadats i halkolyckor och sökt vård på akutmottagningen, efter vinter och kön, "
        "antal")
    add("")
    add(row(("Vinter", "Kvinnor", "Män", "Totalt")))
    add("|---|---|---|---|")
    for cells in injured_table():
        add(row(cells))
    add("")
    add("Vintern 2024/25 skadades dessutom 14 cyklister i halkolyckor, 6 kvinnor och 8 män.")
    add("")
    add("Av olyckorna vintern 2024/25 skedde 31 i centrala Kärrnäs och 17 i Ormsjöberg. Tjärnmyra har också många "
        "äldre invånare som går till busshållplatsen, men för Tjärnmyra går det inte att ta fram siffror, eftersom "
        "olycksplatsen där ofta saknas i akutmottagningens uppgifter.")
    add("")
    add("## Prioriteringsordning i dag och förslag")
    add("")
    add("I dag röjs snö i den här ordningen:")
    add("")
    add("1. Huvudgator och infarter, till exempel Hyttgatan")
    add("2. Busslinjer och busshållplatser")
    add("3. Gator till industriområden")
    add("4. Gång- och cykelvägar")
    add("5. Lokalgator i bostadsområden")
    add("")
    add("Plogningen börjar när det har kommit 8 centimeter snö på gatorna och 5 centimeter på gång- och "
        "cykelvägarna.")
    add("")
    add("Analysen föreslår den här ordningen:")
    add("")
    add("1. Gång- och cykelvägar till skolor, förskolor, vårdcentralen och busshållplatser, till exempel Gnejsbacken")
    add("2. Busslinjer och busshållplatser")
    add("3. Huvudgator och infarter")
    add("4. Övriga gång- och cykelvägar")
    add("5. Gator till industriområden och lokalgator i bostadsområden")
    add("")
    add("## Resultat")
    add("")
    add("- Kvinnor och män reser på olika sätt på vintern.")
    add("  - Kvinnorna går och åker kollektivt mer än männen.")
    add(f"  - Männen gör {walk_bus['Bil'][1]} procent av sina resor med bil.")
    add("- Kvinnor skadas oftare än män i halkolyckor som fotgängare.")
    add(f"  - Under de två vintrarna var {women} av de {total} skadade fotgängarna kvinnor.")
    add("  - De flesta olyckorna skedde på gång- och cykelvägar och vid busshållplatser på vardagsmorgnar.")
    add("- Medborgardialogen visade hinder som statistiken inte fångar.")
    add("  - Äldre avstår från att gå ut de första dagarna efter ett snöfall.")
    add("  - Föräldrar med barnvagn kommer inte fram till busshållplatserna när plogvallarna ligger kvar.")
    add("  - Busschaufförerna ser att resenärer med rullator inte kan ta sig in i bussen vid snövallar.")
    add("")
    add("## Åtgärder")
    add("")
    add("Tekniska nämnden har beslutat om följande åtgärder:")
    add("")
    add("1. Den nya prioriteringsordningen börjar gälla. Ansvarig: gatuchefen. Från vintern 2025/26.")
    add("2. Plogningen av de prioriterade gång- och cykelvägarna börjar redan vid 3 centimeter snö och ska vara klar "
        "före klockan 7.00 på vardagar. Ansvarig: driftentreprenören, enligt ett tillägg till avtalet. Från den 1 "
        f"november 2025. Kostnad: {kronor(COSTS[0])} kronor per vinter.")
    add("3. Invånare som har fyllt 65 år erbjuds gratis broddar. Ansvarig: samordnaren för förebyggande hembesök i "
        f"äldreomsorgen. Vintern 2025/26. Kostnad: {kronor(COSTS[1])} kronor.")
    add("4. Snövallar vid busshållplatser tas bort inom 24 timmar efter avslutad plogning. Ansvarig: "
        "driftentreprenören. Från vintern 2025/26.")
    add("5. En informationskampanj om hur invånarna felanmäler halka och dålig snöröjning i kommunens app. "
        f"Ansvarig: kommunikatören på samhällsbyggnadsförvaltningen. Oktober 2025. Kostnad: {kronor(COSTS[2])} "
        "kronor.")
    add("6. Olycksstatistiken från STRADA tas fram per kön och plats varje år. Ansvarig: trafikingenjören. Första "
        "gången senast den 30 april 2026.")
    add("")
    add(f"Åtgärderna kostar sammanlagt {kronor(sum(COSTS))} kronor, som ryms i gatuavdelningens driftbudget.")
    add("")
    add("## Uppföljning")
    add("")
    add("Gatuchefen följer upp åtgärderna efter vintern 2025/26 med ny olycksstatistik från STRADA, och resultatet "
        "redovisas för tekniska nämnden i juni 2026. En ny resvaneundersökning görs i februari 2028.")
    add("")
    add("## Det här omfattar analysen inte")
    add("")
    add("Analysen omfattar inte privata vägar och vägar som sköts av vägföreningar, och inte heller de statliga "
        "vägarna genom kommunen, som Trafikverket ansvarar för. Snöröjningen på skolgårdar och vid kommunens egna "
        "fastigheter ingår inte heller, eftersom fastighetsavdelningen sköter den.")
    add("")
    add("[^1]: Regeringens skrivelse Makt, mål och myndighet – feministisk politik för en jämställd framtid (skr. "
        "2016/17:10), delmålet jämställd hälsa.")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    build()
