"""A language model's draft as JSON: validated with pydantic into the same `Draft` the extractive backend
builds, with provenance per item; small faults are repaired, anything else is rejected with a clear message.

Repairs: a ```json fence or prose around the object, trailing commas, an unknown provenance (-> suggestion),
citation numbers that name no source (dropped; a `source` item left without one becomes a suggestion),
'Fyll i: …' items marked as gaps, missing headings taken from the mode registry.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import GenerationError
from assistant.generation.drafts import GAP_PREFIX
from assistant.modes import MODES
from assistant.schema import Draft, DraftItem, DraftSection

INVALID = ("Språkmodellen lämnade ett utkast i fel format (inte giltig JSON med avsnitt och punkter), så det "
           "kunde inte visas. Försök igen, eller använd läget utan språkmodell.")


class ItemOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, max_length=2000)
    provenance: str = "suggestion"
    citations: list[int] = Field(default_factory=list)
    gap: bool = False


class SectionOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    key: str = ""
    heading: str = ""
    items: list[ItemOut] = Field(default_factory=list)


class DraftOut(BaseModel):
    """The JSON shape the drafting prompts ask the model for."""

    model_config = ConfigDict(extra="ignore")

    title: str = ""
    sections: list[SectionOut] = Field(min_length=1)


def _json_object(raw: str) -> Any:
    text = raw.strip()
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise GenerationError(INVALID)
    body = text[start : end + 1]
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        try:
            return json.loads(re.sub(r",\s*([}\]])", r"\1", body))
        except json.JSONDecodeError as exc:
            raise GenerationError(INVALID) from exc


def parse_model_draft(raw: str, mode: str, valid: set[int]) -> Draft:
    """The model's JSON draft as a `Draft`, repaired where it safely can be; a `GenerationError` otherwise.

    >>> d = parse_model_draft('```json\\n{"sections": [{"key": "problem", "items": [{"text": "A", '
    ...     '"provenance": "source", "citations": [1, 9]}, {"text": "Fyll i: år"}]}],}\\n```',
    ...     "problemformulering", {1})
    >>> [(i.provenance, i.citations, i.gap) for i in d.sections[0].items], d.sections[0].heading
    ([('source', [1], False), ('suggestion', [], True)], 'Problem')
    """
    try:
        parsed = DraftOut.model_validate(_json_object(raw))
    except ValidationError as exc:
        raise GenerationError(INVALID) from exc
    spec = MODES[mode]
    known = dict(spec.draft_sections)
    sections: list[DraftSection] = []
    for s in parsed.sections:
        key = s.key or re.sub(r"[^a-z0-9]+", "_", s.heading.lower()).strip("_") or "avsnitt"
        heading = s.heading or known.get(key.split("_")[0], key)
        items: list[DraftItem] = []
        for it in s.items:
            citations = [n for n in it.citations if n in valid]
            provenance = it.provenance if it.provenance in ("user", "source", "suggestion") else "suggestion"
            if provenance == "source" and not citations:
                provenance = "suggestion"  # a claim on the material without a valid source is only a proposal
            text = " ".join(it.text.split())
            is_gap = it.gap or text.startswith(GAP_PREFIX)
            if is_gap and not text.startswith(GAP_PREFIX):
                text = f"{GAP_PREFIX} {text}"
            items.append(DraftItem(text=text, citations=citations, provenance=provenance, gap=is_gap,  # type: ignore[arg-type]
                                   quote=text if provenance == "user" else ""))
        if items:
            sections.append(DraftSection(key=key, heading=heading, items=items))
    if not sections:
        raise GenerationError(INVALID)
    return Draft(kind=mode, title=(parsed.title or spec.label)[:200], sections=sections)  # type: ignore[arg-type]
