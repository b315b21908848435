"""Builds `lindasskolan-rutin-franvarouppfoljning.docx`, the Word memo among the answer-eval's extra documents.

The .docx is committed; run this (`python -m evals.extra_docs.build_memo` or the file directly) only to change
the memo. Line numbers in evals/cases/extra_*.jsonl refer to the lines `ingest.load.load_document` extracts
from the .docx (one paragraph a line, a blank line after each), so re-check them after any change.
A fixed core-properties date keeps the file identical between builds apart from the zip timestamps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "lindasskolan-rutin-franvarouppfoljning.docx"

HEADER = [
    "Till: All personal på Lindåsskolan, förskoleklass till årskurs 9",
    "Från: Maria Sandberg, rektor",
    "Datum: 13 januari 2025",
    "Diarienummer: BUN 2025/14",
]

STEPS = [
    "Undervisande lärare registrerar närvaron i Skola24 vid varje lektion.",
    "Mentorn kontaktar vårdnadshavare samma dag när en elev har ogiltig frånvaro.",
    "Mentorn går igenom sina elevers frånvaro varje fredag och markerar elever som har mer än 10 procent "
    "frånvaro de senaste fyra veckorna.",
    "När en elev har mer än 10 procent frånvaro bjuder mentorn in eleven och vårdnadshavarna till ett "
    "samtal inom två veckor och skriver ner vad som bestäms.",
    "Om frånvaron inte har minskat efter fyra veckor lämnar mentorn ärendet till elevhälsoteamet, som "
    "bedömer om en frånvaroutredning ska startas.",
    "Rektor anmäler till huvudmannen när en elev har upprepad eller längre ogiltig frånvaro.",
]


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.author = "Maria Sandberg"
    document.core_properties.title = "Ny rutin för frånvarouppföljning på Lindåsskolan"
    document.core_properties.created = dt.datetime(2025, 1, 13, 8, 0)
    document.core_properties.modified = dt.datetime(2025, 1, 13, 8, 0)
    document.core_properties.last_modified_by = "Maria Sandberg"
    document.core_properties.revision = 1

    document.add_heading("Ny rutin för frånvarouppföljning på Lindåsskolan", level=1)
    for line in HEADER:
        document.add_paragraph(line)

    document.add_heading("Bakgrund", level=2)
    document.add_paragraph(
        "Under höstterminen 2024 hade 38 av skolans 412 elever mer än 15 procent frånvaro. Frånvaron "
        "upptäcktes ofta sent, och det var oklart vem som skulle kontakta hemmet. Därför inför vi en "
        "gemensam rutin för hela skolan."
    )
    document.add_paragraph(
        "Rutinen gäller från och med den 3 februari 2025 och ersätter rutinen för frånvarohantering från 2021."
    )

    document.add_heading("Så här följer vi upp frånvaro", level=2)
    for step in STEPS:
        document.add_paragraph(step, style="List Number")

    document.add_heading("Ansvar", level=2)
    document.add_paragraph(
        "Biträdande rektor har ansvar för rutinen. Biträdande rektor sammanställer frånvaron för hela skolan "
        "varje månad och redovisar den i ledningsgruppen."
    )
    document.add_paragraph(
        "Mentorn har ansvar för kontakten med eleven och vårdnadshavarna. Kuratorn och skolsköterskan deltar "
        "i samtalen när elevhälsoteamet har tagit över ärendet."
    )

    document.add_heading("Utvärdering", level=2)
    document.add_paragraph(
        "Rutinen utvärderas i juni 2025. Då jämför vi andelen elever med mer än 15 procent frånvaro med "
        "höstterminen 2024."
    )
    document.add_paragraph("Maria Sandberg, rektor Lindåsskolan")
    document.save(str(path))
    return path


if __name__ == "__main__":
    build()
