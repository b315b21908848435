"""Lexicon patterns that read users' pasted text: what they match, and that a long run of digits or spaces is
read in one pass (review26: each start of such a run was tried again, seconds for an 8 000-character message)."""

from __future__ import annotations

from assistant import lexicon as lex


def test_a_count_followed_by_its_split_is_found_where_the_number_starts() -> None:
    for text, found, people in (("Läsåret 2024/25 hade vi 1 240 elever,", "1 240 elever,", "elever"),
                                ("24 elever:", "24 elever:", "elever"),
                                ("hade 1\u00a0240 deltagare (", "1\u00a0240 deltagare (", "deltagare"),
                                ("40 besökare –", "40 besökare –", "besökare")):
        m = lex.COUNT_THEN_SPLIT_RE.search(text)
        assert m is not None and (m.group(0), m.group("people")) == (found, people), text
    assert lex.COUNT_THEN_SPLIT_RE.search("24 elever deltog") is None  # no split follows
    assert lex.COUNT_THEN_SPLIT_RE.search("1" + " " * 8000) is None
    assert lex.COUNT_THEN_SPLIT_RE.search("1 " * 4000) is None


def test_a_finding_told_as_x_ar_att_is_found_from_the_first_space() -> None:
    m = lex.EASY_FINDING_RE.search("Resultatet i kommunen  var att 70 % gick vidare")
    assert m is not None and m.start() == len("Resultatet i kommunen")
    assert lex.EASY_FINDING_RE.search("Slutsatsen är attraktiv") is None  # 'att' must stand alone … after a space
    assert lex.EASY_FINDING_RE.search("a" + " " * 8000 + "b") is None
