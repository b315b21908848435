"""Citation numbers and markers: the book that hands out [n], the one marker pattern and its helpers,
and the filters that drop markers naming no source (whole text and while streaming)."""

from __future__ import annotations

from assistant.citations import (
    MARKER_RE,
    CitationBook,
    MarkerStreamFilter,
    check_markers,
    cited_numbers,
    markers,
    rewrite_markers,
    strip_markers,
)
from assistant.schema import Chunk


def test_check_markers_keeps_only_known_sources() -> None:
    text, used = check_markers("Pojkar når lägre resultat [1]. Flickor [7] och [2, 9].", {1, 2})
    assert text == "Pojkar når lägre resultat [1]. Flickor och [2]." and used == [1, 2]


def test_stream_filter_drops_unknown_markers_split_across_deltas() -> None:
    f = MarkerStreamFilter({1, 2})
    out = "".join(f.feed(d) for d in ["Pojk", "ar [", "1] x [", "9", "] y [2", "] [a] z [3"]) + f.flush()
    assert out == "Pojkar [1] x  y [2] [a] z [3"


def test_citation_book_numbers_passages_once() -> None:
    chunk = Chunk(chunk_id="c1", source="a.txt", title="A", doc_type="strategi", heading_path=["H"],
                  start_line=1, end_line=3, text="Ett. Två.\nTre.", line_spans=[(1, 2), (3, 3)])
    book = CitationBook()
    assert book.cite(chunk, 1, 2, "Ett.") == 1 and book.cite(chunk, 3, 3, "Tre.") == 2
    assert book.cite(chunk, 1, 2, "Två.") == 1
    assert book.citations[0].quote == "Ett. … Två." and book.citations[1].heading_path == "H"


def test_one_marker_pattern_reads_single_and_listed_numbers() -> None:
    text = "Pojkar [1] och flickor [2, 3]. Inte [a], inte [1234]."
    assert [m.group(0) for m in MARKER_RE.finditer(text)] == [" [1]", " [2, 3]"]
    assert cited_numbers(text) == [1, 2, 3]
    assert strip_markers(text) == "Pojkar och flickor. Inte [a], inte [1234]."
    assert rewrite_markers("a [1] b [2, 9]", lambda _, ns: "".join(f"<{n}>" for n in ns)) == "a<1> b<2><9>"
    assert markers([2, 1, 2]) == " [2][1]" and markers([]) == ""
