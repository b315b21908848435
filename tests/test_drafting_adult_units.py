"""Plans and dilemmas for every municipal unit, not only schools (trial 22): the gender groups are the pair the user
names (kvinnor/män, mammor/pappor), an adult unit's plan speaks of its own people, manager and records instead of
elever, rektor and Skolverket, a group leading its clause ('Av flickorna … tog 58 procent examen, av pojkarna 81
procent') is read as that group's figure, and a dilemma summary asked for both sides sets them out."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.generation.audience import gender_pair, reword, reword_draft
from assistant.generation.drafts import suggestion, user_item
from assistant.generation.extractive.dilemma import _sides
from assistant.generation.facts import extract_facts, org_kind
from assistant.schema import Draft, DraftSection
from assistant.service import Assistant
from tests.conftest import converse

# Fresh situations written for these tests (none of the trial's or a tune case's wording).
ELDER_CARE = ("Vi är hemtjänsten i Norrby kommun. Av dem som fick en plats på kommunens dagverksamhet 2025 var 62 "
              "procent kvinnor och 38 procent män. Männen väntade i snitt 9 veckor på ett beslut.")
HR_UNIT = ("Vi är HR-avdelningen på kommunledningsförvaltningen i Norrby kommun. 2025 var 71 procent av cheferna i "
           "kommunen kvinnor, trots att kvinnorna var 80 procent av de anställda.")
PROGRAMME = ("Vi är bygg- och anläggningsprogrammet på Sjöviksgymnasiet. Av flickorna som började 2023 fick 49 procent "
             "examen, av pojkarna 77 procent.")
SCHOOL_WORDS = re.compile(r"\b(?:elev\w*|rektor\w*|läsår\w*|pojk\w*|flick\w*|huvudm\w*)\b", re.I)


# --- pure parts ------------------------------------------------------------------------------------------


def test_the_gender_pair_is_the_one_the_user_names_or_the_organisations() -> None:
    assert gender_pair(["Av dem var 62 procent kvinnor och 38 procent män."]) == "män/kvinnor"
    assert gender_pair(["Det är oftast mammorna som hämtar, papporna syns sällan."]) == "pappor/mammor"
    assert gender_pair(["Tjejerna tar mindre plats än killarna."]) == "pojkar/flickor"  # written formally
    assert gender_pair(["Vi är HR-avdelningen."], "hr") == "män/kvinnor"
    assert gender_pair(["Vi är Sjöviksskolan."], "") == "pojkar/flickor"


def test_the_pair_is_the_one_the_users_figures_are_about_not_the_most_named() -> None:
    # review 22: a school that names the mothers often got its pupils' figures rewritten as pappor/mammor
    told = ("Vi är Lövskolan, åk 4–6. Av pojkarna saknar 21 procent godkänt i engelska. Mammorna ringer, mammorna "
            "mejlar och mammorna kommer på mötena.")
    assert gender_pair([told]) == "pojkar/flickor"
    assert extract_facts([told]).pair == "pojkar/flickor"


def test_the_users_items_and_the_title_keep_the_users_words() -> None:
    # review 22: 'Rektor på …' in a socialtjänst's own sentence became 'Enhetschef', 'skolan' 'verksamheten'
    told = "Rektor på Lövskolan bjuder sällan in oss till mötena om elever med hög frånvaro"
    draft = Draft(kind="problemformulering", title=f"Problemformulering – Lövskolan: {told}", sections=[
        DraftSection(key="problem", heading="Problem", items=[
            user_item(f"”{told}” (ni angav)"), user_item(f"{told} (ni angav)"), user_item("Pojkar: 64 % (ni angav)"),
            suggestion("Fyll i vilket år eller läsår den gäller."), suggestion("Fyll i vad rektor och elever säger")])])
    out = reword_draft(draft, "män/kvinnor", "socialtjänst")
    assert out.title == draft.title
    assert [i.text for i in out.items()] == [
        f"”{told}” (ni angav)", f"{told} (ni angav)", "Män: 64 % (ni angav)",  # only the gender slot is the draft's
        "Fyll i vilket år den gäller.", "Fyll i vad enhetschef och brukare säger"]


def test_a_request_to_the_assistant_or_a_surveys_purpose_is_no_goal_of_the_users() -> None:
    # review 22: 'Jag vill att du skriver ett mål …' became 'Ert mål: ”du skriver ett mål …”'
    opening = "Vi är Lövskolan. Av flickorna saknar 30 procent godkänt i fysik."
    for asked in ("Jag vill att du tar fram ett mål om fysiken.", "Vi vill att ni hjälper oss göra målet mätbart.",
                  "Syftet är att kartlägga varför flickorna inte når målen i fysik."):
        assert extract_facts([opening, asked]).goals == [], asked
    wished = extract_facts([opening, "Vi vill att flickorna ska få syn på sina framsteg i fysik."]).goals
    assert wished == ["flickorna ska få syn på sina framsteg i fysik"]
    aimed = extract_facts([opening, "Syftet är att fler flickor ska välja fysik som tillval."]).goals
    assert aimed == ["fler flickor ska välja fysik som tillval"]


def test_an_adult_units_kind_is_read_from_how_it_introduces_itself() -> None:
    assert org_kind(ELDER_CARE) == "omsorg" and org_kind(HR_UNIT) == "hr"
    assert org_kind("Vi är vuxenutbildningen i Norrby.") == "vuxenutbildning"
    assert org_kind("På vår socialtjänst ringer vi oftast mammorna.") == "socialtjänst"
    # a school that names the socialtjänst as a partner stays a school
    assert org_kind("Vi är Sjöviksskolan och samarbetar med socialtjänsten.") == ""
    # a mottagningsenhet for pupils is the school administration's, one without them socialtjänst's (review 22)
    assert org_kind("Vi är mottagningsenheten för nyanlända elever i Norrby kommun.") == ""
    assert org_kind("Vi är mottagningsenheten i Norrby kommun.") == "socialtjänst"


def test_the_assistants_own_words_follow_the_pair_and_the_unit_but_quotes_stay() -> None:
    said = reword("Andelen pojkar och andelen flickor ska öka; ange årskurser eller vilka elever målet gäller; "
                  "rektor följer upp per läsår", "män/kvinnor", "omsorg")
    assert said == ("Andelen män och andelen kvinnor ska öka; ange vilka brukare eller vilken verksamhet målet "
                    "gäller; enhetschef följer upp per år")
    assert reword("”38 procent av pojkarna” (ni angav)", "män/kvinnor", "hr") == "”38 procent av pojkarna” (ni angav)"


def test_adult_figures_are_read_by_the_pair_and_as_shares_of_the_whole() -> None:
    care = extract_facts([ELDER_CARE])
    shares = {(f.group, f.subject, f.value) for f in care.figures}
    assert ("flickor", "bland dem som fick en plats på kommunens dagverksamhet", 62.0) in shares, shares
    assert ("pojkar", "bland dem som fick en plats på kommunens dagverksamhet", 38.0) in shares
    staff = extract_facts([HR_UNIT])
    assert any(f.group == "flickor" and f.subject == "bland cheferna i kommunen" and f.value == 71
               for f in staff.figures), [f.describe() for f in staff.figures]
    assert any(f.group == "flickor" and f.subject.startswith("bland ") and "anställda" in f.subject and f.value == 80
               for f in staff.figures), [f.describe() for f in staff.figures]


def test_a_group_leading_its_clause_is_that_groups_figure() -> None:
    figures = extract_facts([PROGRAMME]).figures
    assert [(f.group, f.value) for f in figures] == [("flickor", 49.0), ("pojkar", 77.0)]
    assert all("examen" in f.subject for f in figures)


def test_a_dilemma_told_as_an_observation_and_a_reported_view_has_two_sides() -> None:
    first, second = _sides("I hemtjänsten får döttrarna oftast samtalen om sina föräldrar. En undersköterska säger "
                           "att sönerna sällan svarar.")
    assert first == ["I hemtjänsten får döttrarna oftast samtalen om sina föräldrar"]
    assert second == ["En undersköterska säger att sönerna sällan svarar"]
    assert lex.BOTH_SIDES_RE.search("Kan du ta argumenten för och emot?")
    assert lex.BOTH_SIDES_RE.search("Sammanfatta båda sidorna")


# --- through the assistant on the corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def _own_text(draft) -> str:  # type: ignore[no-untyped-def]
    """The draft's title and the assistant's own items (no source's quote, no user's quoted words)."""
    own = [i.text for i in draft.items() if i.provenance != "source"]
    return re.sub(r"”[^”]*”", "", "\n".join([draft.title, *own]))


@pytest.mark.needs_corpus_index
def test_an_elder_care_plan_speaks_of_kvinnor_and_man_and_its_own_people(assistant: Assistant) -> None:
    problem, goal, plan = converse(assistant, [
        ("problemformulering", ELDER_CARE), ("lokalt_mal", "Formulera ett lokalt mål"),
        ("uppfoljning", "Gör en uppföljningsplan")])
    for response in (problem, goal, plan):
        assert response.draft is not None
        own = _own_text(response.draft)
        assert not SCHOOL_WORDS.search(own), SCHOOL_WORDS.search(own)
        assert "kvinnor" in own.lower() and re.search(r"\bmän\b", own, re.I)
    aim = goal.draft.section("mal").items[0].text  # type: ignore[union-attr]
    assert "kvinnor" in aim and "män" in aim
    assert "Skolverket" not in goal.text and "Skolverket" not in plan.text
    assert not any(i.text in lex.SCHOOL_ACTORS for i in goal.draft.items())  # type: ignore[union-attr]


@pytest.mark.needs_corpus_index
def test_a_school_plan_keeps_its_school_words(assistant: Assistant) -> None:
    (problem,) = converse(assistant, [("problemformulering", PROGRAMME)])
    assert problem.draft is not None
    own = _own_text(problem.draft)
    assert "flickor" in own and "pojkar" in own and "kvinnor" not in own
    # both groups were given: no gap asks for either, and no figure is 'Alla'
    assert not any(i.gap and "examen" in i.text for i in problem.draft.items()), problem.text
    assert "Alla: 49" not in problem.text and "Alla: 77" not in problem.text


@pytest.mark.needs_corpus_index
def test_a_socialtjanst_dilemma_is_discussed_with_its_own_parties_and_summed_up_as_two_sides(
        assistant: Assistant) -> None:
    history: list[dict[str, str]] = []
    out = []
    for message in ("I vår socialtjänst är det nästan bara mammorna som bokas till uppföljningsmöten. En "
                    "socialsekreterare säger att papporna sällan hör av sig tillbaka.",
                    "Men flera pappor arbetar skift och kan inte komma dagtid.",
                    "Kan du sammanfatta argumenten på båda sidor?"):
        response = assistant.respond({"message": message, "mode": "dilemma", "history": history})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    for response in out:
        assert not re.search(r"\belev\w*|\bskolan\b|vårdnadshavaren", response.text), response.text
    summary = out[-1]
    assert "Argument på ena sidan" in summary.text and "Argument på andra sidan" in summary.text
    one, other = summary.text.split("Argument på andra sidan", 1)
    assert "mammorna som bokas" in one.split("Argument på ena sidan", 1)[1]
    assert "papporna sällan hör av sig" in other and "arbetar skift" in other
    assert "Det finns inget givet svar" in summary.text


# Written for this test (session 28's own trial, no eval case's wording): a försörjningsstöd unit's plans.
INCOME_SUPPORT = ("Vi är försörjningsstödsenheten på socialtjänsten i Ekvalla kommun. 2024 hade 62 % av männen och "
                  "38 % av kvinnorna med försörjningsstöd en individuell handlingsplan mot arbete. Kvinnorna med små "
                  "barn får oftare vänta på insatser från arbetsmarknadsenheten.")


@pytest.mark.needs_corpus_index
def test_an_adult_units_problem_keeps_its_clauses_and_borrows_no_school_causes(assistant: Assistant) -> None:
    (problem,) = converse(assistant, [("problemformulering", INCOME_SUPPORT)])
    assert problem.draft is not None
    said = [i.text for i in problem.draft.section("problem").items]  # type: ignore[union-attr]
    assert any("Kvinnorna med små barn" in t for t in said), said
    own = _own_text(problem.draft)
    assert not re.search(r"\bbarnen\b|enskilda barn", own), own  # 'kvinnor med små barn' are no plan's children
    for key in ("orsaker", "konsekvenser"):
        section = problem.draft.section(key)
        cited = [i.text for i in section.items if i.provenance == "source"] if section else []
        assert not any(lex.SCHOOL_GOAL_RE.search(t) for t in cited), (key, cited)
