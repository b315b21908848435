"""The source view of a cited chunk shows its file's lines with the cited ones marked, for every chunk of the corpus
(trial 30: /v1/sources gave an empty context for kommun 316–342, oru 1010–1021 and oru 1499–1509, whose chunks leave
out lines of the file: a heading moved to the heading path, a table's unit column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.passages import original_lines, passage
from assistant.index.components import Components
from assistant.service import Assistant


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_every_corpus_chunk_opens_with_its_cited_lines_marked(corpus_components: tuple[Components, object]) -> None:
    components, _ = corpus_components
    bot = Assistant(components)
    chunks = list(components.retriever.snapshot().chunks.values())
    assert chunks
    empty = []
    for chunk in chunks:
        shown = passage(bot, chunk.chunk_id, 1, chunk.start_line, chunk.end_line).context
        marked = [line for line in shown if line.cited]
        if not marked or marked[0].n != chunk.start_line or marked[-1].n != chunk.end_line:
            empty.append(f"{chunk.source}:{chunk.start_line}-{chunk.end_line}")
    assert not empty, empty


def test_a_file_that_no_longer_holds_the_passage_gives_no_lines(tmp_path: Path) -> None:
    file = tmp_path / "plan.txt"
    file.write_text("Planen för läxhjälp\n\nUnderrubrik om läxhjälpen\nEn mening om läxhjälp på skolan.\n", "utf-8")
    assert original_lines(str(file), "En mening om läxhjälp på skolan.")
    # a heading the chunk moved to its heading path: its first line still stands in the file, the next apart from it
    assert original_lines(str(file), "Planen för läxhjälp\nEn mening om läxhjälp på skolan.")
    file.write_text("Helt ny text i en ersatt fil.\n", "utf-8")
    assert original_lines(str(file), "En mening om läxhjälp på skolan.\nEn annan rad.") == []
