"""Figure questions asked of a thing that no line of the figures' documents names (refusal35a): an insats, an
occupation, a room or a budget line the report never uses, answered on main with a neighbouring row's or sentence's
figure (matdistribution for dagverksamhet, förskollärare for specialpedagoger) — refused, saying which word the
material lacks, while the same questions naming what the documents give are answered (scope.unspoken)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.scope.unspoken import parts_said, subject_word
from evals import answer_eval as ae


def test_only_a_rare_lower_case_word_that_is_no_verb_form_names_what_a_figure_is_of() -> None:
    assert subject_word("dagverksamhet") and subject_word("specialpedagoger")
    assert not subject_word("beviljades")  # a past passive: what happened, said otherwise by the document
    assert not subject_word("avsattes")
    assert not subject_word("timmar")  # common Swedish: the asker's own frame
    assert not subject_word("Granlida")  # a name is a subject of its own (scope.subjects)
    assert not subject_word("sjuhundra") and not subject_word("belopp")  # a number word, an amount frame
    # a compound of two words the documents use is their thing in the asker's words
    assert parts_said("städhjälp", frozenset({"stadning", "hjalp", "tvatt"}))
    assert not parts_said("dockvrån", frozenset({"bygghornan", "samlingen", "garden"}))


@pytest.fixture(scope="module")
def eval_bot(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """corpus/ and evals/extra_docs/ ingested once, as the eval does."""
    return ae.build_eval_store(tmp_path_factory.mktemp("unspoken35"))


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "said"), [
    # Granlida's analysis gives matdistribution and trygghetslarm, no other insats by gender
    ("Hur stor andel av kvinnorna i Granlidas hemtjänst hade beviljad ledsagning?", "ledsagning"),
    # Solbacken's staff table has förskollärare, barnskötare and kock
    ("Hur många kvinnor arbetar som logopeder i Solbackens förskoleområde?", "logopeder"),
    # the observations were made in the bygghörna, the gård and the samling
    ("Hur stor andel av tiden i läshörnan hade pojkarna på Solbackens förskolor 2025?", "läshörnan"),
])
def test_a_figure_of_a_thing_the_documents_never_name_is_refused(eval_bot: Any, question: str, said: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga"), r.text
    assert said in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "said"), [
    ("Hur stor andel av kvinnorna i Granlidas hemtjänst hade trygghetslarm?", "71"),
    ("Hur många kvinnor arbetar som barnskötare i Solbackens förskoleområde?", "18"),
    ("Hur stor andel av tiden i bygghörnan hade pojkarna på Solbackens förskolor 2025?", "59"),
    # the asker's everyday words for the reports' sjukfrånvaro and lokalvårdare (lexicon.EVERYDAY_TERMS)
    ("Hur stor var sjukskrivningen bland kvinnorna i Ljungfors kommun 2025?", "7,8"),
    ("Hur stor andel av de kvinnliga städarna i Ljungfors kommun jobbar heltid?", "58"),
    # the verb is the asker's ('avsattes'); the budget line is there
    ("Hur mycket pengar avsattes till elevhälsopersonal i kommunens satsning på utvecklingsområden?", "2 400"),
])
def test_the_same_figure_of_a_thing_the_documents_name_is_answered(eval_bot: Any, question: str, said: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert r.grounded, r.text
    assert said in r.text, r.text
