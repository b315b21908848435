"""A change of one row's figure between two year columns, computed from the two cells (tables.computed_change):
tune TR03 ('Hur mycket minskade andelen otrygga bland män 16–29 år … mellan 2023 och 2025?') quoted the row and left
the subtraction to the reader. Only where the question asks a change or difference and names both years, and the
row's two asked columns are one measure in those years."""

from __future__ import annotations

import itertools

from assistant.generation.extractive.tables import computed_change
from assistant.index.units import Unit, header_rows, units_of
from assistant.schema import Chunk

_ids = itertools.count()


def _rows(*lines: str) -> list[Unit]:
    chunk = Chunk(chunk_id=f"change{next(_ids)}", source="x.md", title="T", doc_type="övrigt", heading_path=["A"],
                  start_line=1, end_line=len(lines), text="\n".join(lines),
                  line_spans=[(i + 1, i + 1) for i in range(len(lines))], line_roles=["p"] + ["t"] * (len(lines) - 1))
    return [u for u in units_of(chunk) if u.kind == "row"]


def _change(question: str, row: Unit) -> str | None:
    return computed_change(question, header_rows(row), row)


AGE = ("Tabell 1. Andel (procent) som känner sig otrygga utomhus sent en kväll, efter kön och ålder, 2023 och 2025",
       "| Kön och ålder | Andel 2023 | n 2023 | Andel 2025 | n 2025 |",
       "| Kvinnor 16–29 år | 54 | 212 | 47 | 198 |",
       "| Män 16–29 år | 19 | 187 | 16 | 171 |")


def test_a_share_column_a_year_changes_in_percentage_points() -> None:
    row = _rows(*AGE)[-1]
    said = _change("Hur mycket minskade andelen otrygga bland män 16–29 år mellan 2023 och 2025?", row)
    assert said == ("Män 16–29 år, andel: från 19 % (2023) till 16 % (2025), en minskning med 3 procentenheter "
                    "(uträknat ur de citerade cellerna)")


def test_a_count_changes_in_the_captions_counted_noun() -> None:
    rows = _rows("Tabell 1. Antal besök på kommunens fritidsgårdar per kön och år", "| Kön | 2023 | 2024 | 2025 |",
                 "| Flickor | 6 120 | 6 870 | 7 940 |", "| Pojkar | 14 310 | 13 950 | 13 950 |")
    assert _change("Hur många fler besök gjorde flickorna 2025 jämfört med 2023?", rows[1]) == (
        "Flickor: från 6 120 (2023) till 7 940 (2025), en ökning med 1 820 besök (uträknat ur de citerade cellerna)")
    unchanged = _change("Hur förändrades antalet besök av pojkar mellan 2024 och 2025?", rows[2])
    assert unchanged is not None and "ingen förändring" in unchanged


def test_no_change_without_two_years_or_a_change_asked() -> None:
    row = _rows(*AGE)[-1]
    assert _change("Hur stor andel av männen 16–29 år var otrygga 2025?", row) is None
    assert _change("Hur stor andel av männen 16–29 år var otrygga 2023 och 2025?", row) is None
    assert _change("Hur mycket minskade andelen otrygga bland män 16–29 år sedan 2023?", row) is None
