"""Unanswerables of the absent-word and ranking kinds (refusal37b, issue 12), asked of the extra documents.

A yes/no or 'Nämns X …?' question about a thing no answering document names is refused, unless the asker's word has
a document synonym the system knows (its lemma, the lexicon's everyday maps, a loose word for people: 'karlarna' for
'Män'); main answered all twelve of such probes ('Det framgår inte som ett rakt ja eller nej. Underlaget säger: …').
A superlative asked of the members of a set ('Vilken idrottsförening …', 'I vilken stadsdel …') is not answered by a
table whose rows are kön, age or period groups, by women's and men's figures side by side, or by a line ranking the
measure itself ('Det största bidraget är aktivitetsbidraget'). Answerable twins in the same forms stay answered.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


@pytest.mark.parametrize("question", [
    "Har Stenåkers kommun infört en lönetrappa för lokalvårdare?",
    "Har Vintrosa skola anställt en rastfritidsledare?",
    "Nämns hemsjukvårdens nattpatruller i Granlidas jämställdhetsanalys av hemtjänsten?",
    "Står det något om snöskotrar i Kärrnäs analys av vinterväghållningen?",
    "Tar Solbackens jämställdhetsplan upp teckenspråk?",
])
def test_a_thing_no_answering_document_names_is_refused(eval_bot: Any, question: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


@pytest.mark.parametrize(("question", "told"), [
    ("Stämmer det att karlarna i Kärrnäs oftare åker bil än kvinnorna på vintern?", "52"),
    ("Har Lommaryd bestämt att bygga om omklädningsrummen i Ekbackshallen?", "ekbackshallen"),
    ("Nämns broddar i Kärrnäs analys av vinterväghållningen?", "brodd"),
    ("Står det något om föräldraledighet i Stenåkers lönekartläggning?", "föräldraledig"),
    ("Tar Stenåkers lönekartläggning upp sjukskrivningar bland kvinnorna?", "sjukfrånvaro"),
])
def test_a_thing_named_or_said_in_other_words_is_answered(eval_bot: Any, question: str, told: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert r.grounded, r.text
    assert told in r.text.lower(), r.text


@pytest.mark.parametrize("question", [
    "Vilken förening i Lommaryd fick mest aktivitetsbidrag 2024?",
    "Vilket bostadsområde i Kärrnäs hade flest skadade cyklister vintern 2024/25?",
])
def test_a_ranking_of_members_no_table_or_line_ranks_is_refused(eval_bot: Any, question: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert not r.grounded, r.text


@pytest.mark.parametrize(("question", "told"), [
    ("Vilken idrott har flest timmar i Lommaryds idrottshallar?", "innebandy"),
    ("Vilken yrkesgrupp i Ljungfors har lägst andel heltidsanställda kvinnor?", "lokalvårdare"),
    ("Vilken åldersgrupp i Granlida beviljas flest timmar per brukare?", "90"),
])
def test_a_ranking_a_table_of_the_members_holds_is_answered(eval_bot: Any, question: str, told: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert r.grounded, r.text
    assert told in r.text.lower(), r.text
