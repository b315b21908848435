"""The one registry of modes: name, Swedish label and help, prompt file, and each draft's sections.

Everything that lists the modes or a draft's section headings (the backends, the
API, the CLI, the web page via `GET /v1/modes`) reads them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Mode = Literal["fraga", "problemformulering", "lokalt_mal", "uppfoljning", "dilemma"]


@dataclass(frozen=True)
class ModeSpec:
    """One mode: its stable `name`, what the user sees (`label`, `help`), and the shape of its answer.

    `draft_sections` are the (key, heading) pairs of the structured draft, in order;
    `is_draft` marks the drafting modes whose answer is a document the user edits and exports;
    `examples` are prompts a first-time user can start from (shown by the web page).
    """

    name: Mode
    label: str
    help: str
    prompt_file: str
    draft_sections: tuple[tuple[str, str], ...] = ()
    is_draft: bool = False
    examples: tuple[str, ...] = ()

    @property
    def prompt_name(self) -> str:
        """The prompt file's name without its suffix, as `Prompts.get` takes it."""
        return self.prompt_file.removesuffix(".md")

    def heading(self, key: str) -> str:
        """The Swedish heading of the draft section `key`; a `KeyError` names an unknown key."""
        for section_key, heading in self.draft_sections:
            if section_key == key:
                return heading
        raise KeyError(f"mode {self.name!r} has no draft section {key!r}")


_SPECS = (
    ModeSpec(
        name="fraga",
        label="Fråga",
        help="Ställ en fråga om underlaget; svaret citerar de meningar det bygger på.",
        prompt_file="fraga.md",
        examples=("Vilka aktörer kan bidra till läxhjälp?", "Vilka insatser föreslås mot mobbning?",
                  "Hur kan vi involvera målgruppen i arbetet?"),
    ),
    ModeSpec(
        name="problemformulering",
        label="Problemformulering",
        help="Ett utkast till problemformulering utifrån er situation: nuläge uppdelat på kön, orsaker, "
        "konsekvenser, vad ni vet och behöver ta reda på, och nyckeltal att ta fram.",
        prompt_file="problemformulering.md",
        examples=("Pojkar i årskurs 9 har lägre betyg än flickor i svenska",
                  "Flickor deltar mindre i idrotten på fritidsgården"),
        draft_sections=(
            ("problem", "Problem"),
            ("nulage", "Nuläge uppdelat på kön"),
            ("grupper", "Andra grupper som berörs"),
            ("orsaker", "Orsaker"),
            ("konsekvenser", "Konsekvenser"),
            ("vet", "Det vi vet"),
            ("behover", "Det vi behöver ta reda på"),
            ("nyckeltal", "Nyckeltal att ta fram"),
            ("ovrigt", "Mer som ni angav"),  # the user's facts that fit no other section, quoted back
            ("kontrollera", "Kontrollera uppgifterna"),  # shown first in a draft when present
        ),
        is_draft=True,
    ),
    ModeSpec(
        name="lokalt_mal",
        label="Lokalt mål",
        help="Ett mätbart lokalt mål för er målgrupp (indikator, utgångsvärde, målvärde, datum, datakälla), "
        "3–5 insatser i prioritetsordning med aktörer, och en prövning av målet.",
        prompt_file="lokalt_mal.md",
        examples=("Vi vill ge pojkar läxhjälp och studiestöd", "Fler flickor ska känna sig trygga på rasterna"),
        draft_sections=(
            ("mal", "Förslag på lokalt mål"),
            ("matbart", "Så blir målet mätbart"),
            ("motivering", "Varför målet passar"),
            ("insatser", "Insatser i prioritetsordning"),
            ("aktorer", "Aktörer som kan bidra"),
            ("kontroll", "Är målet konkret och följbart?"),
            ("ovrigt", "Mer som ni angav"),  # the user's facts that fit no other section, quoted back
            ("kontrollera", "Kontrollera uppgifterna"),  # shown first in a draft when present
        ),
        is_draft=True,
    ),
    ModeSpec(
        name="uppfoljning",
        label="Uppföljningsplan",
        help="Ett utkast till uppföljningsplan: för varje indikator mått, källa, hur ofta, ansvarig, "
        "utgångsvärde, målvärde och acceptabelt resultat, och hur resultaten återkopplas.",
        prompt_file="uppfoljning.md",
        examples=("Följ upp vår insats med läxhjälp för pojkar", "Hur följer vi upp tryggheten på skolgården?"),
        draft_sections=(
            ("mal", "Målet som följs upp"),
            ("indikator", "Indikator"),
            ("genomforande", "Så genomförs uppföljningen"),
            ("aterkoppling", "Så återkopplas resultaten"),
            ("ovrigt", "Mer som ni angav"),  # the user's facts that fit no other section, quoted back
            ("kontrollera", "Kontrollera uppgifterna"),  # shown first in a draft when present
        ),
        is_draft=True,
    ),
    ModeSpec(
        name="dilemma",
        label="Dilemma",
        help="Diskussionsstöd för ett dilemma: perspektiv ur underlaget och frågor att samtala om – "
        "inget givet svar.",
        prompt_file="dilemma.md",
        examples=("Föräldrar vill att deras barn bara ska leka med barn av samma kön",
                  "Pojkarna tar all plats på fotbollsplanen på rasterna"),
        draft_sections=(
            ("dilemmat", "Dilemmat som jag förstår det"),
            ("svar", "Det du lyfter"),
            ("perspektiv", "Perspektiv ur underlaget"),
            ("motperspektiv", "Ett annat perspektiv"),
            ("fragor", "Frågor att diskutera"),
        ),
    ),
)

MODES: dict[str, ModeSpec] = {spec.name: spec for spec in _SPECS}
DRAFT_MODES: tuple[str, ...] = tuple(name for name, spec in MODES.items() if spec.is_draft)

# A heading a model wrote in a drafting answer (lower-cased) -> the stable section key.
DRAFT_SECTION_KEYS: dict[str, str] = {
    heading.lower(): key for name in DRAFT_MODES for key, heading in MODES[name].draft_sections
}
