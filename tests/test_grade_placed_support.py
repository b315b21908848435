"""A grade asked about ('åk 5') places the whole answer, not only its first line: a survey's row or sentence of
another grade is no support for it (trial 22: 'Hur trivs flickorna i åk 5?' was met by åk 7's row and a sentence
about åk 7 and åk 8). Fresh document, real ingest and answer."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_own_documents import MEMO, _ingest

SURVEY = """<html><head><meta charset="utf-8"><title>Trivselenkät 2025 – Björkdalens skola</title></head><body>
<h1>Trivselenkät 2025 – Björkdalens skola</h1>
<p>Enkäten besvarades av 310 elever i årskurs 4–9 under februari 2025.</p>
<table><caption>Tabell 2. Andel elever som trivs och känner sig trygga (procent)</caption>
<tr><th>Årskurs</th><th>Trivs flickor</th><th>Trivs pojkar</th><th>Trygga flickor</th><th>Trygga pojkar</th></tr>
<tr><td>Åk 4</td><td>93</td><td>90</td><td>95</td><td>92</td></tr>
<tr><td>Åk 5</td><td>88</td><td>91</td><td>90</td><td>89</td></tr>
<tr><td>Åk 6</td><td>84</td><td>86</td><td>87</td><td>88</td></tr>
<tr><td>Åk 7</td><td>71</td><td>83</td><td>76</td><td>85</td></tr>
<tr><td>Åk 8</td><td>69</td><td>80</td><td>74</td><td>81</td></tr>
</table>
<p>Flickorna i åk 7 och åk 8 trivs klart sämre än pojkarna, och skillnaden har ökat sedan 2023.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("grades"), {"trivselenkat-2025.html": SURVEY,
                                                                      "lovskola.md": MEMO})
    assert stats.documents == 2
    return assistant


@pytest.mark.slow
@pytest.mark.parametrize("question", ["Hur trivs flickorna i åk 5?", "Hur trivs flickorna i årskurs 5?"])
def test_an_asked_grade_is_answered_by_its_row_alone(bot: Assistant, question: str) -> None:
    response = bot.respond({"message": question})
    assert response.grounded and response.text.startswith("Åk 5: Trivs flickor 88"), response.text
    for other in ("Åk 4", "Åk 7", "åk 7", "Åk 8"):
        assert other not in response.text, response.text


@pytest.mark.slow
def test_a_sentence_about_the_asked_grade_still_supports_its_row(bot: Assistant) -> None:
    response = bot.respond({"message": "Hur trivs flickorna i åk 7?"})
    assert response.grounded and "Flickorna i åk 7 och åk 8 trivs klart sämre" in response.text
    assert "Trivs flickor 71" in response.text and "Åk 5" not in response.text
