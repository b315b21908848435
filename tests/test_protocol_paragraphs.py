"""A committee's protocol is answered by paragraph: a question naming '§ 14' is answered from § 14, and one naming a
paragraph the protocol lacks is refused with the paragraphs it has; a Word plan's 'Mål 1' is answered with Mål 1's
bullets, not Mål 2's (trial 18, problems 2 and 6). Through the real pipeline and answer engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.clean import segment
from ingest.load import load_document
from ingest.pipeline import run
from tests.conftest import EMBED_CACHE, copy_sqlite, make_settings
from tests.pdf_docs import make_bold_protocol, make_protocol

pytestmark = [pytest.mark.slow]

MEMO = ("# Lovskola i matematik\n\n## Planerad insats\n\nUnder sommarlovet erbjuds elever i årskurs 9 lovskola i "
        "matematik under två veckor.\n\nAnsvar\n\nRektor ansvarar för att lärare bemannar lovskolan.\n")


def _bot(tmp_path: Path, make: dict[str, object]) -> tuple[Assistant, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "lovskola.md").write_text(MEMO, "utf-8")
    for name, build in make.items():
        build(folder / name)  # type: ignore[operator]
    settings = make_settings(tmp_path / "data", corpus_dir=folder)
    if EMBED_CACHE.exists():
        copy_sqlite(EMBED_CACHE, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings)
    assert not stats.skipped
    return Assistant(components), folder


def _paragraph_lines(path: Path) -> dict[int, range]:
    """The lines each '§ N' heading of the document heads, up to the next one."""
    doc, _ = load_document(path)
    starts = {int(line.split("§")[1].split()[0]): i + 1 for i, line in enumerate(doc.lines)
              if line.lstrip("# ").startswith("§")}
    ends = sorted(starts.values())[1:] + [len(doc.lines) + 1]
    return {n: range(first, end) for (n, first), end in zip(sorted(starts.items()), ends, strict=True)}


def test_a_question_naming_a_paragraph_is_answered_from_it_and_an_absent_one_is_refused(tmp_path: Path) -> None:
    bot, folder = _bot(tmp_path, {"protokoll.pdf": make_protocol})
    paragraphs = _paragraph_lines(folder / "protokoll.pdf")
    assert sorted(paragraphs) == [12, 13, 14, 15, 16]
    for question, n, said in [("Vad beslutade nämnden i § 14?", 14, "handlingsplan"),
                              ("Vad beslutades i § 15?", 15, "närvarouppföljning"),
                              ("Vad beslutade nämnden i § 13?", 13, "åtgärdsplan")]:
        response = bot.respond({"message": question})
        assert response.grounded and said in response.text, (question, response.text)
        assert response.citations, question
        for c in response.citations:
            assert c.source == "protokoll.pdf", (question, c.source)
            assert c.start_line in paragraphs[n] and c.end_line in paragraphs[n], (question, c.start_line, n)
    # The members are listed as 'Beslutande: …' (lexicon.EVERYDAY_TERMS: 'ledamöter').
    members = bot.respond({"message": "Vilka ledamöter var med på mötet?"})
    assert members.grounded and members.text.startswith("Beslutande: Anna Berg"), members.text
    refused = bot.respond({"message": "Vad beslutade nämnden i § 18?"})
    assert not refused.grounded
    assert "§ 18" in refused.text and "§ 12–16" in refused.text, refused.text


def test_a_protocol_paragraph_line_is_a_heading_in_plain_text() -> None:
    """A protocol written as text (no font to tell): '§ 14 Title' standing alone heads what follows it."""
    blocks = segment(["§ 14 Jämställdhetsanalys av betyg i årskurs 9 (Dnr BUN 2025/031)",
                      "Förvaltningen har analyserat betygen per kön.", "",
                      "Beslut enligt § 3 i kommunallagen."])
    assert [(b.kind, b.numbering) for b in blocks] == [("heading", "§ 14"), ("paragraph", ""), ("paragraph", "")]


def _plan(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Plan mot kränkande behandling 2025/2026", 0)
    d.add_paragraph("Planen gäller för Björkskolan från 1 augusti 2025 till 31 juli 2026.")
    d.add_heading("Mål och åtgärder", 1)
    d.add_paragraph("Mål 1: Andelen flickor i årskurs 7–9 som känner sig trygga i skolan ska öka från 71 procent "
                    "till minst 85 procent till september 2026. Ansvarig: biträdande rektor Omar Haddad.")
    d.add_paragraph("Åtgärd: Vuxennärvaro i omklädningsrummen vid varje idrottslektion.", style="List Bullet")
    d.add_paragraph("Åtgärd: Separata omklädningsrum byggs om till vårterminen 2026.", style="List Bullet")
    d.add_paragraph("Mål 2: Andelen elever som blivit kränkta den senaste månaden ska minska till högst 12 procent "
                    "till 2026. Ansvarig: kurator Maria Lind.")
    d.add_paragraph("Åtgärd: Alla mentorer håller två lektioner om nätkränkningar per läsår.", style="List Bullet")
    d.add_paragraph("Åtgärd: Likabehandlingsgruppen går igenom alla anmälda kränkningar varannan vecka.",
                    style="List Bullet")
    d.save(str(path))


def test_a_numbered_goal_written_as_a_paragraph_is_answered_with_its_own_bullets(tmp_path: Path) -> None:
    bot, _ = _bot(tmp_path, {"plan.docx": _plan})
    text = bot.respond({"message": "Vad är mål 1 i planen mot kränkande behandling?"}).text
    assert "Mål 1" in text and "omklädningsrum" in text, text
    assert "Mål 2" not in text and "nätkränkningar" not in text, text
    text = bot.respond({"message": "Vilka åtgärder finns under mål 2?"}).text
    assert "nätkränkningar" in text and "omklädningsrum" not in text, text




def test_a_decision_under_a_bold_sub_heading_answers_its_paragraph(tmp_path: Path) -> None:
    """A PDF protocol setting 'Beslut' as bold as '§ 14 …' is answered from § 14's decision; a statute's section
    ('§ 3 i diskrimineringslagen') is no protocol paragraph to refuse as missing."""
    bot, _ = _bot(tmp_path, {"protokoll.pdf": make_bold_protocol})
    response = bot.respond({"message": "Vad beslutade nämnden i § 14?"})
    assert response.grounded and "riktlinjer" in response.text, response.text
    statute = bot.respond({"message": "Vad säger § 3 i diskrimineringslagen?"})
    assert "§ 3" not in statute.text, statute.text


def test_a_text_protocols_sub_headings_stay_under_its_paragraph(tmp_path: Path) -> None:
    """The same protocol as text: 'Beslut' on its own line under '§ 14 …' still belongs to § 14."""
    from assistant.grounding.question import analyse
    from assistant.grounding.selection.matches import label_match
    from assistant.index.units import units_of
    from ingest.chunk import chunk_document

    path = tmp_path / "protokoll.txt"
    path.write_text("Kultur- och fritidsnämnden, protokoll 2025-04-09\n\n§ 13 Ekonomisk uppföljning\n\n"
                    "Förvaltningen redovisar ett överskott.\n\n§ 14 Jämställdhetsanalys av föreningsbidragen\n\n"
                    "Ärendebeskrivning\n\nFörvaltningen har analyserat bidragen per kön.\n\nBeslut\n\n"
                    "Nämnden beslutar att ta fram nya riktlinjer.\n\n§ 15 Delegationsbeslut\n\nBeslut\n\n"
                    "Nämnden lägger redovisningen till handlingarna.\n", "utf-8")
    doc, _ = load_document(path)
    question = analyse("Vad beslutade nämnden i § 14?")
    for size in (lambda text: len(text.split()), lambda text: 10 * len(text.split())):
        units = [u for c in chunk_document(doc, size) for u in units_of(c)]
        decided = {u.text: label_match(u, question) for u in units if u.text.startswith("Nämnden")}
        assert decided == {"Nämnden beslutar att ta fram nya riktlinjer.": True,
                           "Nämnden lägger redovisningen till handlingarna.": False}, decided
