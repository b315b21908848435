"""Lättläst: a draft (plan, problem formulation, follow-up) rewritten item by item with `EasyWriter`.
"""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.generation.easy.grammar import (
    WORD_RE,
    has_verb,
    is_finite_verb,
    is_rare,
    subject_size_at_start,
)
from assistant.generation.easy.writer import EXPLAINED, EasyWriter, mask_quotes, unmask
from assistant.schema import Draft, DraftItem

_PAREN_RE = re.compile(rf"\s*\((?!{lex.DRAFT_MARK_ALTERNATION})[^()\d]{{0,120}}\)")
_LABEL_RE = re.compile(r"^([A-ZÅÄÖ][\wåäö ]{1,28}):\s+(?=\S)")


def easy_draft(draft: Draft) -> Draft:
    """The draft in easy Swedish: each item cut into short items (same provenance and citations), an
    enumeration into one item per entry, plain headings. A gap ('Fyll i: …') stays one item."""
    writer = EasyWriter()
    sections = []
    said = ""  # what the user has said so far in the draft: a gap that repeats it can point back at it
    gaps: dict[str, str] = {}  # a gap's easy text -> the easy heading of the section it was first asked in
    stated: dict[str, str] = {}  # an item's words (no label) -> where it stands ('i ”Stödets förslag” ovan')
    # a version to send outside the organisation speaks in its voice: the reader is 'ni', the school 'vi' (trial 35)
    outside = bool(draft.audience) and lex.OUTSIDE_AUDIENCE_RE.match(draft.audience) is not None
    for s in draft.sections:
        items: list[DraftItem] = []
        heading = lex.EASY_HEADINGS.get(s.heading) or numbered_heading(s.heading, s.items, outside) or \
            writer.swaps(writer.phrases(s.heading))
        if outside:
            heading = lex.EASY_OUTSIDE_HEADINGS.get(heading, heading)
        for item in s.items:
            if item.gap or (s.key == "nyckeltal" and item.provenance == "suggestion"):
                item = item.model_copy(update={"text": restated_problem(item.text, said)})
            if item.provenance == "user":
                said += f" {item.text}"
            if s.key == "kontroll":
                item = item.model_copy(update={"text": checked_label(item.text)})
            easy = _easy_item(writer, item)
            if item.gap and len(easy) == 1:
                easy = [asked_before(easy[0], gaps, heading)]
            if item.provenance == "suggestion":
                easy = [quoted_before(i, stated, heading) for i in easy]
            label = _LABEL_RE.match(item.text)
            where = f"i ”{lex.EASY_LABELS.get(label.group(1).lower(), label.group(1))}” ovan" if label else \
                f"under ”{heading}”"
            stated.setdefault(_stated_key(_LABEL_RE.sub("", item.text, count=1)), where)
            if outside and s.key != "malgrupp":  # the section to the planners themselves keeps its 'ni'
                easy = [i.model_copy(update={"text": organisation_voice(i.text)}) for i in easy]
            items += easy
        sections.append(s.model_copy(update={"items": items, "heading": heading}))
    return draft.model_copy(update={"sections": sections, "easy": True})


def checked_label(text: str) -> str:
    """A goal check's label in plain words (`lex.EASY_CHECK_LABELS`): 'Indikator: ja' -> 'Något att mäta: ja'.

    >>> checked_label("Följbart: ja – metodstödet föreslår 5 uppföljningsfrågor")
    'Går att följa: ja – metodstödet föreslår 5 uppföljningsfrågor'
    """
    label, colon, rest = text.partition(":")
    plain = lex.EASY_CHECK_LABELS.get(label.lower()) if colon else None
    return f"{plain}:{rest}" if plain else text


def _stated_key(text: str) -> str:
    return " ".join(text.strip(" .”").lower().split())


def quoted_before(item: DraftItem, stated: dict[str, str], heading: str) -> DraftItem:
    """The assistant's own line that quotes, word for word, an item of an earlier section (the card's goal, quoted
    again to say why an intervention fits) points back at that item instead (lättläst: say a long thing once, then
    refer to it in a few words). `stated` holds each earlier item's words and where it stands: its label ('i
    ”Stödets förslag” ovan') or its section ('under ”Ett mål för er”').

    >>> stated = {"pojkar är motiverade till att lyckas i skolan": "i ”Stödets förslag” ovan"}
    >>> quoted_before(DraftItem(text="Varför: Den hör till målet ”Pojkar är motiverade till att lyckas i skolan”.",
    ...                         provenance="suggestion"), stated, "Det här kan ni göra").text
    'Varför: Den hör till målet i ”Stödets förslag” ovan.'
    """

    def back(m: re.Match[str]) -> str:
        where = stated.get(_stated_key(m.group(1)))
        return where if where and heading not in where and len(m.group(1).split()) >= 4 else m.group(0)

    return item.model_copy(update={"text": re.sub(r"”([^”]+)”", back, item.text)})


def asked_before(item: DraftItem, gaps: dict[str, str], heading: str) -> DraftItem:
    """A line to fill in that asks, word for word, what a line of an earlier section asked (the problem formulation
    lists its key figure under 'Nuläge' and again under 'Det vi behöver ta reda på') points back at it instead
    (lättläst: say a long thing once, then refer to it in a few words); it stays a line to fill in. `gaps` collects
    the lines met so far, each with its section's heading.

    >>> gaps = {}
    >>> line = DraftItem(text="Fyll i: hur många flickor som har det här problemet (2023)", gap=True,
    ...                  provenance="suggestion")
    >>> asked_before(line, gaps, "Hur det är nu").text, asked_before(line, gaps, "Det vi inte vet än").text
    ('Fyll i: hur många flickor som har det här problemet (2023)', 'Fyll i: samma som under ”Hur det är nu”')
    """
    key = " ".join(item.text.lower().split())
    first = gaps.setdefault(key, heading)
    if first == heading or not item.text.startswith("Fyll i:") or len(item.text.split()) < 6:
        return item
    return item.model_copy(update={"text": f"Fyll i: samma som under ”{first}”"})


_NUMBERED_HEADING_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+) (?P<number>\d+): (?P<text>.+?)…?$")


def organisation_voice(text: str) -> str:
    """A line of a text sent outside the organisation in its own voice (`lexicon.OUTSIDE_VOICE_SWAPS`): the planners'
    'ni' is 'vi', their 'er' 'vår'.

    >>> organisation_voice("Ni bör göra en slutgiltig uppföljning när ni nått era mål.")
    'Vi ska göra en slutgiltig uppföljning när vi nått våra mål.'
    >>> organisation_voice("Gör uppföljningen genom er vanliga uppföljning. Det hjälper er.")
    'Gör uppföljningen genom vår vanliga uppföljning. Det hjälper oss.'
    """
    for pattern, plain in lex.OUTSIDE_VOICE_SWAPS:
        text = pattern.sub(plain, text)
    return text


def numbered_heading(heading: str, items: list[DraftItem], outside: bool = False) -> str | None:
    """A numbered heading that only repeats, cut off, the item under it ('Indikator 1: hur många pojkar och
    flickor som …' over the whole sentence) as a short heading in plain words ('Det ni mäter, nummer 1',
    `lex.EASY_NUMBERED_HEADINGS`): the reader meets the sentence once, whole. None for any other heading.

    >>> numbered_heading("Indikator 2: Känner eleverna till hur de kan…", [DraftItem(
    ...     text="Känner eleverna till hur de kan rapportera mobbning?", citations=[1], provenance="source")])
    'Det ni mäter, nummer 2'
    """
    m = _NUMBERED_HEADING_RE.match(heading)
    plain = (lex.EASY_OUTSIDE_NUMBERED_HEADINGS if outside else lex.EASY_NUMBERED_HEADINGS).get(
        m.group("label").lower()) if m else None
    if m is None or plain is None or not items:
        return None
    repeated = items[0].text.strip("”").lower().startswith(m.group("text").rstrip(" .?…").lower())
    return f"{plain}, nummer {m.group('number')}" if repeated else None


_RESTATED_RE = re.compile(r"\bsom (?:berörs av:? )?(?P<what>[^,.;:()]+?)(?=\s*(?:,|\(|\.|$))")


def restated_problem(text: str, said: str) -> str:
    """A line to fill in (or a key figure to collect) that repeats, word for word, the problem the user stated
    above it says 'som har det här problemet' instead (lättläst: say a long thing once, then refer to it with a short
    word); the user's own lines keep their words.

    >>> said = "”många pojkar skolkar och har låga betyg”"
    >>> restated_problem("Fyll i: andel flickor som berörs av: många pojkar skolkar och har låga betyg, med år", said)
    'Fyll i: andel flickor som har det här problemet, med år'
    >>> restated_problem("Fyll i: andel flickor som saknar godkänt i svenska (2023)", said)
    'Fyll i: andel flickor som saknar godkänt i svenska (2023)'
    """

    def short(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        return "som har det här problemet" if len(what.split()) >= 3 and what.lower() in said.lower() else m.group(0)

    return _RESTATED_RE.sub(short, text)


def _easy_item(writer: EasyWriter, item: DraftItem) -> list[DraftItem]:
    text = item.text
    quoted = text.startswith("”") and text.rstrip(".").endswith("”")  # the user's own words stay theirs
    if quoted:
        return [item]
    text, quotes = mask_quotes(text)  # a quoted goal from a source stays word for word
    return [i.model_copy(update={"text": unmask(i.text, quotes)}) for i in _easy_masked_item(writer, item, text)]


def _easy_masked_item(writer: EasyWriter, item: DraftItem, text: str) -> list[DraftItem]:
    text = writer.phrases(text)  # whole-item phrases first ('Acceptabelt resultat:' -> 'Bra nog:')
    label_m = _LABEL_RE.match(text)
    label = label_m.group(1) if label_m else ""
    label = lex.EASY_LABELS.get(label.lower(), label)  # 'Utgångsvärde' -> 'Läget nu': a label needs no explanation
    body = text[label_m.end():] if label_m else text
    pieces = [p.removeprefix(EXPLAINED) for p in writer.sentences(body, apart=not label)]
    if not pieces:
        return [item]
    if item.gap:  # one line to fill in: plain words, not cut into sentences or a list
        body = writer.words(gap_note(_PAREN_RE.sub("", body).strip()))
        body = body if body_m_upper(text, label_m) else body[:1].lower() + body[1:]
        return [item.model_copy(update={"text": f"{writer.words(label)}: {body}".rstrip(".") if label else body})]
    if label and pieces[0].startswith("- "):  # 'Källa: Kolada, SCB och …' -> 'Källa:' and one item per entry
        pieces.insert(0, f"{writer.words(label)}:")
    elif label:
        easy_label = writer.words(label)
        # The user's own value keeps its capital: it may be a name that is also a word ('Vara kommun').
        user_capital = item.provenance == "user" and body_m_upper(text, label_m)
        first = pieces[0] if user_capital or _keeps_capital(pieces[0]) else pieces[0][:1].lower() + pieces[0][1:]
        pieces[0] = f"{easy_label}: {first}"
    # The item's short sentences stay one item (the draft keeps its items, and a later step that reuses an item,
    # such as the goal a follow-up plan restates, gets all of it); the entries of an enumeration are items of
    # their own.
    texts: list[str] = []
    listed = False
    for p in pieces:
        if p.startswith("- ") or listed or not texts or texts[-1].endswith(":"):
            texts.append(p[2:] if p.startswith("- ") else p)
        else:
            texts[-1] = f"{texts[-1]} {p}"
        listed = p.startswith("- ")
    quote = item.quote if item.provenance == "user" else ""
    return [item.model_copy(update={"text": t, "quote": quote}) for t in texts]


def gap_note(body: str) -> str:
    """A line to fill in with a note after a dash as two short sentences on the one line (lättläst: one idea per
    sentence, no dash to read past): a note with its own subject and verb as it stands, a list of things after
    'Det kan vara'.

    >>> gap_note("möjliga skäl hos er – våra texter nämner inga för just detta")
    'möjliga skäl hos er. Våra texter nämner inga för just detta'
    >>> gap_note("vad ni redan vet – siffror, det ni har sett och det ni har testat")
    'vad ni redan vet. Det kan vara siffror, det ni har sett och det ni har testat'
    >>> gap_note("utgångsvärde – andel pojkar som saknar godkänt, och vilket år det gäller")
    'utgångsvärde – andel pojkar som saknar godkänt, och vilket år det gäller'
    """
    head, dash, note = body.partition(" – ")
    note = note.strip().rstrip(".")
    if not dash or not head.strip() or len(note.split()) < 2 or " – " in note or "”" in body:
        return body
    words = note.split()
    verb_at = next((i for i, w in enumerate(words[:3]) if is_finite_verb(w.strip(","))), None)
    if verb_at and "," not in " ".join(words[:verb_at]) and subject_size_at_start(words[:verb_at]) == verb_at:
        return f"{head.rstrip()}. {note[:1].upper()}{note[1:]}"
    if len(head.split()) >= 2 and "," in note and not has_verb(note.split(",")[0]):
        return f"{head.rstrip()}. Det kan vara {note}"  # 'vet – siffror, …, och vad som prövats': examples
    return body


def body_m_upper(text: str, label_m: re.Match[str] | None) -> bool:
    """Whether the item's text after its label began with a capital in the original (a name stays a name)."""
    rest = text[label_m.end():] if label_m else text
    return rest[:1].isupper()


def _keeps_capital(piece: str) -> bool:
    """A name or an abbreviation at the start ('Björkskolan', 'SCB') keeps its capital after a label."""
    first = WORD_RE.match(piece)
    return first is not None and (first.group(0).isupper() or is_rare(first.group(0).lower()))
