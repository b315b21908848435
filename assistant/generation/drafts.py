"""The structured draft and its Markdown, shared by both backends: build sections, render, parse back.

Section keys and headings come from the mode registry (`assistant.modes`).
"""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.citations import cited_numbers, markers, strip_markers
from assistant.index.units import drop_note_marks
from assistant.modes import DRAFT_MODES, DRAFT_SECTION_KEYS, MODES
from assistant.schema import Draft, DraftItem, DraftSection

_HEADING_RE = re.compile(r"^(?:#{1,4}\s*|\*\*)(.+?)(?:\*\*)?:?$")
_BULLET_RE = re.compile(r"^[-*•]\s+|^\d+\.\s+")
# How an item's provenance shows in the text the user reads, edits and exports (and is read back from it).
USER_MARK = "(ni angav)"
SUGGESTION_MARK = "(förslag)"
GAP_PREFIX = "Fyll i:"
_EASY_TO_HEADING = {easy.lower(): official for official, easy in lex.EASY_HEADINGS.items()} | {
    outside.lower(): official for official, easy in lex.EASY_HEADINGS.items()  # ... in a text sent outside too
    if (outside := lex.EASY_OUTSIDE_HEADINGS.get(easy))}
_MARK_RE = re.compile(r"\s*(\(ni angav\)|\(ur texten ni klistrade in\)|\(förslag\)|_\(förslag\)_|\*\(förslag\)\*)\s*$")


def user_item(text: str, quote: str = "") -> DraftItem:
    """An item built from the user's own words."""
    return DraftItem(text=text, provenance="user", quote=quote or text)


def suggestion(text: str) -> DraftItem:
    """The assistant's proposal, marked as such."""
    return DraftItem(text=text, provenance="suggestion")


def gap(what: str) -> DraftItem:
    """A fact the user has to fill in, named instead of invented: 'Fyll i: andel pojkar …'."""
    return DraftItem(text=f"{GAP_PREFIX} {what}", provenance="suggestion", gap=True)


def source_item(text: str, citations: list[int]) -> DraftItem:
    """A statement of the material; footnote numbers glued on by PDF extraction ('… en styrgrupp7, som …',
    'skolavbrott.26.') are dropped from the text shown (the citation still quotes the line as it stands).

    >>> source_item("Arbetet leddes av en styrgrupp7, som följde upp planen45", [1]).text
    'Arbetet leddes av en styrgrupp, som följde upp planen.'
    """
    stated = drop_note_marks(text.strip())
    if stated != text.strip() and stated[-1:].isalpha():  # the mark ended the sentence: its full stop stays
        stated += "."
    return DraftItem(text=stated, citations=citations, provenance="source")


def item_line(item: DraftItem) -> str:
    """One item as a Markdown bullet: [n] for sources, a marking for the user's facts and for suggestions."""
    if item.gap or item.text.startswith(GAP_PREFIX):
        return f"- {item.text}"
    if item.provenance == "user":
        return f"- {item.text}{markers(item.citations)} {lex.PASTED_MARK if item.pasted else USER_MARK}"
    if item.provenance == "suggestion":
        return f"- {item.text}{markers(item.citations)} {SUGGESTION_MARK}"
    return f"- {item.text}{markers(item.citations)}"


def read_item(body: str) -> DraftItem:
    """An item line read back: its marking (or [n]) says its provenance; an unmarked line is the user's."""
    mark = _MARK_RE.search(body)
    text = _MARK_RE.sub("", body) if mark else body
    citations = cited_numbers(text)
    plain = strip_markers(text).strip()
    if plain.startswith(GAP_PREFIX):
        return DraftItem(text=plain, provenance="suggestion", gap=True)
    if mark is not None and ("angav" in mark.group(1) or "klistrade" in mark.group(1)):
        return DraftItem(text=plain, citations=citations, provenance="user", quote=plain,
                         pasted="klistrade" in mark.group(1))
    if mark is not None:
        return DraftItem(text=plain, citations=citations, provenance="suggestion")
    if citations:
        return DraftItem(text=plain, citations=citations, provenance="source")
    return DraftItem(text=plain, provenance="user", quote=plain)


def mark_edits(before: Draft, after: Draft, computed: tuple[str, ...] = ()) -> Draft:
    """`after` with every item whose text is not in `before` marked as the user's own (an edited item is theirs);
    the sections in `computed` (the goal check, worked out from the draft) stay the assistant's."""
    old = {" ".join(i.text.split()) for i in before.items()}
    for section in after.sections:
        if section.key in computed:
            continue
        section.items = [i if " ".join(i.text.split()) in old or i.gap
                         else i.model_copy(update={"provenance": "user", "quote": i.text}) for i in section.items]
    return after


def mark_pasted(draft: Draft, pasted: list[str]) -> Draft:
    """`draft` with each of the user's items that quotes only text they pasted from their own document (`pasted`:
    `condense.pasted_parts` of their messages) marked as taken from it, not said in their own words (drafts32: a pasted
    report's figures were '(ni angav)'); a gap, an item the user wrote or edited, or one quoting their own words too
    stays as it is.

    >>> d = Draft(kind="problemformulering", title="T", sections=[DraftSection(key="nulage", heading="Nuläge",
    ...     items=[user_item("Pojkar: 12 % frånvaro", "Pojkarnas frånvaro var 12 %"),
    ...            user_item("Gäller: åk 9", "åk 9")])])
    >>> [i.pasted for i in mark_pasted(d, ["Pojkarnas  frånvaro var 12 %."]).items()]
    [True, False]
    """
    spans = [" ".join(p.split()).lower() for p in pasted if p.strip()]
    if not spans:
        return draft
    draft = draft.model_copy(deep=True)
    for section in draft.sections:
        for n, item in enumerate(section.items):
            if item.provenance != "user" or item.gap or not item.quote:
                continue
            said = [" ".join(q.split()).lower().strip(" .”\"") for q in item.quote.split("; ")]
            # ... a quote read on from the words that introduced the paste ('… rapport 2025: ”På Norrskolan …') is
            # the paste's from the colon on
            if all(q and any(_in_paste(q, span) for span in spans) for q in said):
                section.items[n] = item.model_copy(update={"pasted": True})
    return draft


def _in_paste(quote: str, span: str) -> bool:
    """Whether a quote stands in the pasted text: whole, or its words after a colon ('… rapport 2025: ”På …'), where
    any follow ('Vår rapport:' is no text of the paste: its empty rest stood in every span; last read)."""
    tail = quote.split(":", 1)[-1].strip(" ”\"")
    return quote in span or (bool(tail) and tail in span)


def with_notice(draft: Draft, text: str) -> Draft:
    """`draft` with `text` as the first item to check ('Texten du klistrade in var lång …')."""
    notice = suggestion(text)
    sections = [s.model_copy(deep=True) for s in draft.sections]
    check = next((s for s in sections if s.key == "kontrollera"), None)
    if check is None:
        sections.insert(0, draft_section(draft.kind, "kontrollera", [notice]))
    else:
        check.items.insert(0, notice)
    return draft.model_copy(update={"sections": sections})


def draft_section(mode: str, key: str, items: list[DraftItem], heading: str | None = None) -> DraftSection:
    """The section `key` of `mode`'s draft, headed as the registry says (or by `heading` for a numbered section
    such as 'indikator_2', whose registry key is 'indikator')."""
    return DraftSection(key=key, heading=heading or MODES[mode].heading(key.split("_")[0]), items=items)


def render_draft(draft: Draft) -> str:
    """The draft as Markdown-like text with [n] markers, the form the chat shows and users edit."""
    parts = [f"## {draft.title}"]
    for section in draft.sections:
        parts.append(f"\n**{section.heading}**")
        parts += [item_line(item) for item in section.items]
    return "\n".join(parts).strip()


def parse_draft(mode: str, text: str) -> Draft | None:
    """Read '## Heading' sections and '- item [n]' lines of a drafting answer into a `Draft`.

    The title is the first '## ' line; each item's provenance is read from its marking (see `read_item`).
    """
    if mode not in DRAFT_MODES:
        return None
    sections: list[DraftSection] = []
    title = MODES[mode].label
    lines = text.splitlines()
    if lines and lines[0].startswith("## ") and len(lines) > 1 and \
            lines[0][3:].strip().rstrip(":").lower() not in DRAFT_SECTION_KEYS:
        title = lines[0][3:].strip()
        lines = lines[1:]
    for line in lines:
        stripped = line.strip()
        heading = _HEADING_RE.match(stripped)
        if heading and not stripped.startswith(("- ", "* ")):
            label = heading.group(1).strip()
            official = _EASY_TO_HEADING.get(label.lower(), label)  # a lättläst heading reads as its section
            sections.append(DraftSection(key=DRAFT_SECTION_KEYS.get(official.lower(), _slug(label)), heading=label))
        elif stripped and sections:
            body = _BULLET_RE.sub("", stripped)
            sections[-1].items.append(read_item(body))
    return Draft(kind=mode, title=title, sections=sections)  # type: ignore[arg-type]


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "avsnitt"


def draft_with_provenance(mode: str, text: str, previous: str | None = None) -> Draft | None:
    """A saved draft's text read back with provenance per item; against the `previous` version, every item the
    user changed or added is theirs (for the draft endpoints: edits are made to the text)."""
    draft = parse_draft(mode, text)
    if draft is None or previous is None:
        return draft
    before = parse_draft(mode, previous)
    # the goal check is worked out from the draft (`recheck_goal`): the assistant's, whatever it now says
    return mark_edits(before, draft, computed=("kontroll",)) if before is not None else draft


# The goal check's criteria that an edited goal can answer in its own sentence, and what each asks for when it does not
# (as the drafts' goal check words them).
_SAID_IN_GOAL = {"Utgångsvärde": "fyll i nuläget med år", "Målvärde": "fyll i målvärdet",
                 "Tid": "fyll i när målet ska vara nått"}
# The gaps of a goal draft that its goal sentence or measurable fields answer: ('the field', gap text's opening).
_ANSWERED_GAPS = (("Utgångsvärde", f"{GAP_PREFIX} utgångsvärde"), ("Målvärde", f"{GAP_PREFIX} målvärde för"),
                  ("Tid", f"{GAP_PREFIX} datum då målet"))
_IN_SENTENCE_GAP_RE = re.compile(rf"^{re.escape(GAP_PREFIX)} (?:målvärde|datum|målvärde och datum) i meningen ovan$")


def goal_sentence_item(draft: Draft) -> DraftItem | None:
    """The goal sentence of a local goal draft: the first of its goal section's items that is neither the material's
    line, a gap nor the note on where it comes from."""
    section = draft.section("mal")
    if section is None:
        return None
    return next((i for i in section.items if i.provenance != "source" and not i.gap
                 and not i.text.startswith(lex.NO_CARD_GOAL_NOTE)), None)


def _said(draft: Draft) -> dict[str, bool]:
    """Which of the goal's baseline, target value and date the draft states: in its goal sentence ('… minska från 38 %
    till högst 25 % senast juni 2027') or as a field of its own ('Målvärde: …', 'Måldatum: …')."""
    goal = goal_sentence_item(draft)
    text = goal.text if goal is not None else ""
    section = draft.section("matbart")
    fields = {i.text.split(":", 1)[0].strip().lower() for i in (section.items if section else []) if ":" in i.text
              and not i.gap}
    # ... its baseline said in brackets ('(utgångsläge hösten 2025: pojkar 64 %, flickor 36 %)') and its date without a
    # preposition ('… i samlingarna våren 2027') as well (trial 28: 'Utgångsvärde/Målvärde/Tid: nej' beside such a goal)
    return {"Utgångsvärde": "utgångsvärde" in fields or bool(lex.GOAL_BASELINE_VALUE_RE.search(text)
                                                              or lex.GOAL_BASELINE_SAID_RE.search(text)),
            "Målvärde": "målvärde" in fields or bool(lex.GOAL_TARGET_VALUE_RE.search(text)),
            "Tid": bool(fields & {"måldatum", "datum"}) or bool(lex.TARGET_DATE_RE.search(text)
                                                                 or lex.TARGET_BARE_DATE_RE.search(text))}


def _rechecked(key: str, item: DraftItem, said: dict[str, bool], in_sentence: dict[str, bool]) -> DraftItem | None:
    """One item of a local goal draft as the draft now stands: a goal check's criterion worked out again, a gap the
    goal now answers gone (None), else the item as it was."""
    if key == "kontroll":
        for name, fix in _SAID_IN_GOAL.items():
            if item.text.startswith(f"{name}: nej") and said[name]:
                return DraftItem(text=f"{name}: ja", provenance="suggestion")
            if item.text.startswith(f"{name}: ja") and not said[name]:
                return DraftItem(text=f"{name}: nej – {fix}", provenance="suggestion")
        return item
    if not item.gap:
        return item
    if key == "mal" and _IN_SENTENCE_GAP_RE.match(item.text):  # 'Fyll i: målvärde och datum i meningen ovan'
        missing = " och ".join(n for n, f in (("målvärde", "Målvärde"), ("datum", "Tid")) if not in_sentence[f])
        return DraftItem(text=f"{GAP_PREFIX} {missing} i meningen ovan", provenance="suggestion", gap=True) \
            if missing else None
    if key == "matbart" and any(item.text.startswith(opening) and in_sentence[name]
                                for name, opening in _ANSWERED_GAPS):
        return None
    return item


def _goal_state(draft: Draft) -> tuple[dict[str, bool], dict[str, bool]] | None:
    """What the whole draft says and what its goal sentence alone says (`_said`), None without a goal sentence."""
    goal = goal_sentence_item(draft)
    if goal is None:
        return None
    only = Draft(kind=draft.kind, title=draft.title, sections=[DraftSection(key="mal", heading="", items=[goal])])
    return _said(draft), _said(only)


def recheck_goal(draft: Draft) -> Draft:
    """A local goal draft with its goal check worked out again from the draft as it stands, and the gaps its goal
    sentence now answers gone (trial 26: after the user wrote 'minska från 38 % … till högst 25 % senast juni 2027'
    into the goal, the check still said 'Målvärde: nej' and the draft still asked for the value and date)."""
    state = _goal_state(draft) if draft.kind == "lokalt_mal" else None
    if state is None:
        return draft
    said, in_sentence = state
    goal = goal_sentence_item(draft)
    texts = {i.text for i in draft.items()}
    draft = _titled_for_goal(draft, goal)
    sections = []
    for section in draft.sections:
        items = [_rechecked(section.key, i, said, in_sentence) for i in section.items]
        items = [_first_step(i, goal, texts) if i is not None else None for i in items]
        sections.append(section.model_copy(update={"items": [i for i in items if i is not None]}))
    return draft.model_copy(update={"sections": sections})


def _titled_for_goal(draft: Draft, goal: DraftItem | None) -> Draft:
    """The draft with its title naming the target group the user's own goal sentence names ('… varken pojkar eller
    flickor 3–5 år …' under 'Lokalt mål – X, 1–3 år: …' -> '…, 3–5 år: …'): the title follows the saved edit (trial
    28). Only an age band or grades, one in each."""
    if goal is None or goal.provenance != "user":
        return draft
    for pattern in (lex.AGE_BAND_RE, lex.GRADE_RE):
        said, titled = list(pattern.finditer(goal.text)), list(pattern.finditer(draft.title))
        if len(said) == 1 and len(titled) == 1 and said[0].group(0).lower() != titled[0].group(0).lower():
            band = said[0].group(0)
            return draft.model_copy(update={"title": f"{draft.title[:titled[0].start()]}{band}"
                                                     f"{draft.title[titled[0].end():]}"})
    return draft


def _first_step(item: DraftItem, goal: DraftItem | None, texts: set[str]) -> DraftItem:
    """'Första steg att besluta om: <goal>' that repeats a goal no longer in the draft (the user edited it) says the
    goal as it stands (trial 28: the rektor box kept '… gå från [utgångsvärde] till [målvärde] senast [datum]' beside
    the goal the user had saved)."""
    label = f"{lex.FIRST_STEP_LABEL}: "
    if goal is None or not item.text.startswith(label) or item.text[len(label):] in texts:
        return item
    said = item.text[len(label):]
    if not lex.GOAL_PLACEHOLDER_RE.search(said) and not (lex.TARGET_CUE_RE.search(said) or " ska " in said):
        return item  # a first step that is an intervention, not the goal
    return item.model_copy(update={"text": f"{label}{goal.text}"})


def recheck_goal_text(text: str) -> str:
    """`recheck_goal` on a saved local goal's text, line by line: the lines it changes are written anew, the lines
    it drops go, and every other line stays as the user wrote it."""
    draft = parse_draft("lokalt_mal", text)
    state = _goal_state(draft) if draft is not None else None
    if state is None:
        return text
    said, in_sentence = state
    goal = goal_sentence_item(draft) if draft is not None else None
    texts = {i.text for i in draft.items()} if draft is not None else set()
    out: list[str] = []
    key = ""
    lines = text.splitlines()
    for n, line in enumerate(lines):
        stripped = line.strip()
        heading = _HEADING_RE.match(stripped)
        if heading and not stripped.startswith(("- ", "* ")) and not (n == 0 and stripped.startswith("## ")):
            label = heading.group(1).strip()
            key = DRAFT_SECTION_KEYS.get(_EASY_TO_HEADING.get(label.lower(), label).lower(), "")
            out.append(line)
            continue
        if _BULLET_RE.match(stripped) and lex.FIRST_STEP_LABEL in stripped:  # 'Första steg att besluta om: <goal>'
            item = read_item(_BULLET_RE.sub("", stripped))
            new = _first_step(item, goal, texts)
            out.append(line if new is item else item_line(new))
            continue
        if not stripped or not _BULLET_RE.match(stripped) or key not in ("mal", "matbart", "kontroll"):
            out.append(line)
            continue
        item = read_item(_BULLET_RE.sub("", stripped))
        new = _rechecked(key, item, said, in_sentence)
        if new is None:
            continue
        out.append(line if new is item else item_line(new))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
