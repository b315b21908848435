"""The workspace as a user meets it, in a real headless Chromium against the server on loopback:
onboarding, streaming Markdown, answer tools, conversations, citations, the draft editor, failures, the widget.

Each test does what a user does (clicks, types, reloads) and checks what they would see; axe-core checks the
page, the open dialog, the phone width and the widget. Screenshots land in tests/screenshots/.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.index.components import Components
from assistant.modes import MODES
from tests.conftest import wait_until
from tests.fakes import FakeOpenAI
from tests.test_web import StaticSite, ask, axe_violations, make_app, open_page, shot

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.browser, pytest.mark.needs_corpus_index]

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def host_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticSite]:
    s = StaticSite(tmp_path_factory.mktemp("host"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def app(corpus_components, host_site: StaticSite,  # type: ignore[no-untyped-def]
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    server, keys = make_app(corpus_components[0], tmp_path_factory.mktemp("ws"), cors_origins=[host_site.url])
    yield server.url, keys["user"]
    server.stop()


@pytest.fixture(scope="module")
def slow_llm(corpus_components, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, FakeOpenAI]]:  # type: ignore[no-untyped-def]
    """The app with a model that streams slowly, to see what happens between tokens."""
    fake = FakeOpenAI()
    server, keys = make_app(corpus_components[0], tmp_path_factory.mktemp("slow"), generator="openai",
                            llm_base_url=fake.url)
    yield server.url, keys["user"], fake
    server.stop()
    fake.close()


def tab_stops_before_input(page: Any) -> int:
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for count in range(1, 40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('jp-input')"):
            return count
    return 99


def conversations(url: str, key: str, q: str = "") -> list[dict[str, Any]]:
    r = httpx.get(f"{url}/v1/conversations", params={"q": q} if q else {}, headers={"Authorization": f"Bearer {key}"})
    return r.json()  # type: ignore[no-any-return]


# --- first minute -------------------------------------------------------------------------------------------


def test_onboarding_explains_modes_and_starts_from_an_example(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    registry = httpx.get(f"{url}/v1/modes").json()
    page = open_page(browser, url, key)
    intro = page.locator(".jp-intro")
    intro.wait_for()
    lines = intro.locator(".jp-mode-lines li")
    assert lines.count() == len(MODES)
    for m, line in zip(registry, lines.all(), strict=True):
        assert line.inner_text() == f"{m['label']} – {m['help']}"
    examples = page.locator(".jp-example")
    assert [e.inner_text() for e in examples.all()] == registry[0]["examples"] and 2 <= examples.count() <= 3
    page.get_by_label("Lokalt mål").check()
    local = next(m for m in registry if m["name"] == "lokalt_mal")
    assert [e.inner_text() for e in page.locator(".jp-example").all()] == local["examples"]
    assert page.locator("#mode-help").inner_text() == local["help"]
    assert tab_stops_before_input(page) <= 10
    violations = axe_violations(page)
    assert not violations, violations
    shot(page, "onboarding")
    page.locator(".jp-example").first.click()
    answer = page.locator(".jp-bot.jp-done").last
    answer.wait_for(timeout=30_000)
    assert page.locator(".jp-user .jp-text").inner_text() == local["examples"][0]
    assert answer.locator("h3").count() >= 1  # the draft's sections are headings, not '## '
    assert page.locator(".jp-intro").count() == 0
    assert not page.errors


def test_waiting_indicator_markdown_while_streaming_and_stop(browser: Any,
                                                             slow_llm: tuple[str, str, FakeOpenAI]) -> None:
    url, key, fake = slow_llm
    page = open_page(browser, url, key, viewport={"width": 1000, "height": 300})  # a short log that must scroll
    # A question (drafts from a model arrive as validated JSON, whole): the model's Markdown streams as written.
    fake.mode, fake.delay_s, fake.token_delay_s = "slow", 1.5, 0.15
    fake.replies = ["## Aktörer som kan bidra\n\nUnderlaget nämner flera aktörer som kan bidra [1].\n\n"
                    "- Studie- och yrkesvägledare [1]\n- Bibliotek [1]\n- Fritidsgårdar [1]\n- Näringslivet [1]",
                    "Underlaget föreslår flera insatser mot frånvaro. " * 6 + "[1]"]
    box = page.locator("textarea.jp-input")
    box.fill("Vilka aktörer kan bidra när pojkarna ska bli mer motiverade i skolan?")
    box.press("Enter")
    waiting = page.locator(".jp-bot:not(.jp-done) .jp-waiting")
    waiting.wait_for(timeout=5_000)
    assert "Söker i underlaget" in waiting.inner_text()
    streaming = page.locator(".jp-bot:not(.jp-done) .jp-stream")
    streaming.locator("h3").first.wait_for(timeout=20_000)  # a heading while the answer is still coming
    assert page.locator(".jp-bot.jp-done").count() == 0
    assert "##" not in streaming.inner_text()
    streaming.locator(".jp-cite-pending").first.wait_for(timeout=20_000)
    assert "[1]" not in streaming.inner_text()
    page.locator(".jp-bot.jp-done").last.wait_for(timeout=30_000)
    assert page.locator(".jp-bot.jp-done button.jp-cite").count() >= 1
    # The log followed the draft as it grew, but its beginning was never scrolled out of view.
    assert page.evaluate("""() => { const log = document.querySelector('.jp-log');
        const bot = log.querySelector('.jp-bot');
        return log.scrollHeight > log.clientHeight
            && bot.getBoundingClientRect().top >= log.getBoundingClientRect().top - 10; }""")
    # Stop: the partial answer stays, marked, and nothing is stored.
    fake.delay_s, fake.token_delay_s = 0.2, 0.4
    page.get_by_role("button", name="Nytt samtal").click()
    before = len(conversations(url, key))
    box.fill("Vilka insatser kan minska frånvaron bland pojkar?")
    box.press("Enter")
    growing = ".jp-bot:not(.jp-done) .jp-stream"
    page.locator(f"{growing} p, {growing} li").first.wait_for(timeout=20_000)
    page.get_by_role("button", name="Stoppa svaret").click()
    page.get_by_text("Svaret stoppades och sparades inte.").wait_for()
    assert page.get_by_role("button", name="Stoppa svaret").is_hidden()
    assert page.locator(".jp-send").is_enabled()
    page.wait_for_timeout(1500)
    assert len(conversations(url, key)) == before
    assert not page.errors


# --- answer tools -------------------------------------------------------------------------------------------


def test_copy_regenerate_and_edit_and_resend(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    page = open_page(browser, url, key, permissions=["clipboard-read", "clipboard-write"])
    answer = ask(page, "Vad är förändringsteori?")
    answer.get_by_role("button", name="Kopiera").click()
    answer.get_by_text("Svaret är kopierat.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Källor:" in copied and "[1]" in copied and copied.split("[")[0].strip() in answer.inner_text()
    answer.get_by_role("button", name="Generera igen").click()
    page.locator(".jp-bot.jp-done").last.wait_for(timeout=30_000)
    assert page.locator(".jp-user").count() == 1 and page.locator(".jp-bot").count() == 1
    page.locator(".jp-user").get_by_role("button", name="Redigera och skicka om frågan").click()
    box = page.locator("textarea.jp-input")
    assert box.input_value() == "Vad är förändringsteori?" and page.locator(".jp-msg").count() == 0
    assert page.evaluate("document.activeElement.classList.contains('jp-input')")
    box.fill("Vad är en förändringsteori i jämställdhetsarbete?")
    box.press("Enter")
    page.locator(".jp-bot.jp-done").last.wait_for(timeout=30_000)
    assert [u.inner_text() for u in page.locator(".jp-user .jp-text").all()] == [
        "Vad är en förändringsteori i jämställdhetsarbete?"]
    # The server kept only what is on screen: the regenerated and the edited exchanges replaced the old ones.
    conversation_id = page.evaluate("new URL(location.href).searchParams.get('c')")
    stored = httpx.get(f"{url}/v1/conversations/{conversation_id}", headers={"Authorization": f"Bearer {key}"}).json()
    assert [m["content"] for m in stored["messages"] if m["role"] == "user"] == [
        "Vad är en förändringsteori i jämställdhetsarbete?"]
    assert not page.errors


# --- conversations ------------------------------------------------------------------------------------------


def test_conversations_search_rename_delete_and_restore(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    page = open_page(browser, url, key)
    page.get_by_label("Lokalt mål").check()
    page.get_by_label("Organisation (kommun eller skola)").fill("Gnosjö kommun")
    page.get_by_label("Målgrupp").fill("årskurs 7–9")
    long_question = ("Vi vill att fler pojkar i högstadiet ska klara godkända betyg i svenska och engelska genom "
                     "läxhjälp efter skolan")
    ask(page, long_question)
    first_id = page.evaluate("new URL(location.href).searchParams.get('c')")
    assert first_id
    item = page.locator(f'.jp-conv[data-id="{first_id}"]')
    item.wait_for()
    title = item.locator(".jp-conv-title").inner_text()
    assert title.endswith("…") and long_question.startswith(title[:-1]) and long_question[len(title) - 1] == " "
    assert item.locator("[aria-current='true']").count() == 1 and "i dag" in item.locator(".jp-date").inner_text()
    page.get_by_role("button", name="Nytt samtal").click()
    page.get_by_label("Fråga", exact=True).check()
    page.get_by_label("Organisation (kommun eller skola)").fill("")
    ask(page, "Vad är förändringsteori?")
    page.locator(".jp-conv").nth(1).wait_for()
    assert item.locator("[aria-current='true']").count() == 0

    page.get_by_label("Sök bland samtalen").fill("GODKÄNDA betyg")  # in a message, any case
    wait_until(page, "document.querySelectorAll('#conversations .jp-conv').length === 1")
    assert page.locator(".jp-conv").get_attribute("data-id") == first_id

    item.get_by_role("button", name="Byt namn").click()
    rename = page.get_by_label("Nytt namn på samtalet")
    rename.fill("Läxhjälp i Gnosjö")
    rename.press("Enter")
    item.locator(".jp-conv-title", has_text="Läxhjälp i Gnosjö").wait_for()
    assert [c["title"] for c in conversations(url, key, "godkända betyg")] == ["Läxhjälp i Gnosjö"]

    item.locator(".jp-conv-open").click()
    page.locator(".jp-user .jp-text", has_text="fler pojkar").wait_for()
    assert page.get_by_label("Lokalt mål").is_checked()
    assert page.get_by_label("Organisation (kommun eller skola)").input_value() == "Gnosjö kommun"
    assert page.get_by_label("Målgrupp").input_value() == "årskurs 7–9"
    assert item.locator("[aria-current='true']").count() == 1
    shot(page, "conversations")

    item.get_by_role("button", name="Ta bort ”Läxhjälp i Gnosjö”").click()
    assert item.count() == 0 and page.locator(".jp-msg").count() == 0
    page.get_by_role("button", name="Ångra").click()
    page.locator(f'.jp-conv[data-id="{first_id}"]').wait_for()
    page.locator(".jp-user .jp-text", has_text="fler pojkar").wait_for()  # the open conversation comes back
    page.locator(f'.jp-conv[data-id="{first_id}"]').get_by_role("button", name="Ta bort ”Läxhjälp i Gnosjö”").click()
    page.get_by_role("button", name="Ångra").wait_for()
    wait_until(page, "!document.querySelector('.jp-undo')", timeout=15_000)
    assert first_id not in [c["id"] for c in conversations(url, key)]
    assert not page.errors


def test_phone_list_opens_over_the_chat_not_below_it(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    page = open_page(browser, url, key, viewport=PHONE)
    ask(page, "Hur kan vi involvera målgruppen?")
    side = page.locator("#side")
    assert side.is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    toggle = page.get_by_role("button", name="Samtal och utkast")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    box = side.bounding_box()
    assert box is not None and box["y"] <= 1 and box["width"] >= PHONE["width"] - 2  # over the page, at the top
    violations = axe_violations(page)
    assert not violations, violations
    shot(page, "phone-list")
    page.locator(".jp-conv-open").first.click()
    side.wait_for(state="hidden")
    assert page.locator(".jp-bot.jp-done").count() >= 1
    violations = axe_violations(page)
    assert not violations, violations


# --- citations ----------------------------------------------------------------------------------------------


def test_citation_preview_and_dialog_open_at_the_highlight(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    page = open_page(browser, url, key, viewport={"width": 1100, "height": 620})
    answer = ask(page, "Vilka insatser föreslås mot mobbning?")
    chip = answer.locator("button.jp-cite").first
    chip.hover()
    tip = page.locator(".jp-preview[role='tooltip']:not([hidden])")
    tip.wait_for()
    source_title = answer.locator(".jp-source-link").first.inner_text().split("] ", 1)[1].split(" – ")[0]
    assert source_title in tip.inner_text() and chip.get_attribute("aria-describedby") == tip.get_attribute("id")
    page.mouse.move(0, 0)
    tip.wait_for(state="detached")
    chip.click()
    dialog = page.locator("dialog.jp-source")
    mark = dialog.locator("mark").first
    mark.wait_for()
    inside = page.evaluate("""() => {
        const body = document.querySelector('.jp-source-body'), mark = body.querySelector('mark');
        const b = body.getBoundingClientRect(), m = mark.getBoundingClientRect();
        const close = document.querySelector('dialog.jp-source .jp-close').getBoundingClientRect();
        return {markVisible: m.top >= b.top && m.top < b.bottom, scrolled: body.scrollTop,
                closeVisible: close.top >= 0 && close.bottom <= window.innerHeight,
                scrollable: body.scrollHeight > body.clientHeight};
    }""")
    assert inside["markVisible"] and inside["closeVisible"], inside
    if inside["scrollable"]:
        assert inside["scrolled"] > 0, inside  # opened at the highlighted lines, not at the top
    violations = axe_violations(page)
    assert not violations, violations
    shot(page, "source-dialog-scrolled")
    page.get_by_role("button", name="Stäng").click()
    dialog.wait_for(state="detached")
    assert not page.errors


# --- drafts -------------------------------------------------------------------------------------------------


def test_draft_editor_preview_sources_unsaved_warning_and_export_on_screen(browser: Any, app: tuple[str, str]) -> None:
    url, key = app
    page = open_page(browser, url, key)
    page.get_by_label("Lokalt mål").check()
    page.get_by_label("Organisation (kommun eller skola)").fill("Borås Stad")
    answer = ask(page, "Vi vill ge pojkar läxhjälp och studiestöd")
    answer.get_by_role("button", name="Till utkast").click()
    wait_until(page, "document.getElementById('draft-text').value.includes('Borås Stad')")
    preview = page.locator("#draft-preview")
    assert preview.locator("h3, h4").count() >= 2 and "##" not in preview.inner_text()
    assert preview.locator("button.jp-cite").count() >= 1
    assert page.locator("#draft-sources .jp-source-link").count() >= 1
    # the list of saved drafts is fetched after the draft opens (app.js loadDrafts): wait for it, then count
    page.locator("#drafts .jp-active").first.wait_for()
    assert page.locator("#drafts .jp-active").count() == 1
    text_box = page.get_by_label("Text", exact=True)
    text_box.fill(text_box.input_value() + "\n- Osparad rad om **läxhjälp** [1].")
    page.locator("#draft-preview strong", has_text="läxhjälp").wait_for()
    assert page.get_by_text("Osparade ändringar").is_visible()
    shot(page, "draft-editor-preview")
    with page.expect_download() as docx:
        page.get_by_role("button", name="Exportera Word").click()
    assert docx.value.suggested_filename.endswith(".docx")
    with zipfile.ZipFile(docx.value.path()) as z:
        assert "Osparad rad" in z.read("word/document.xml").decode()
    # Switching version asks first; declining keeps the edit.
    page.get_by_role("button", name="Spara version").click()
    page.locator("#editor-status", has_text="version 2").wait_for()
    text_box.fill(text_box.input_value() + "\nÄnnu en osparad rad.")
    asked: list[str] = []

    def decline(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", decline)
    page.locator("#draft-version").select_option("1")
    page.wait_for_timeout(300)
    assert asked and "osparade ändringar" in asked[0]
    assert "Ännu en osparad rad." in text_box.input_value() and page.locator("#draft-version").input_value() == "2"
    page.once("dialog", lambda d: d.accept())
    page.locator("#draft-version").select_option("1")
    wait_until(page, "!document.getElementById('draft-text').value.includes('Osparad rad')")
    assert page.get_by_text("Osparade ändringar").is_hidden()
    assert not page.errors


def test_whole_plan_is_exported_from_the_draft_area(browser: Any, app: tuple[str, str]) -> None:
    """Problem, then goal, in one conversation; the user clicks the plan export and gets one Word file."""
    url, key = app
    page = open_page(browser, url, key)
    page.get_by_role("button", name="Exportera planen som Word").click()  # nothing to export yet: said so
    page.locator("#editor-status .jp-error", has_text="inget samtal att exportera").wait_for()
    page.get_by_label("Problemformulering").check()
    for n, message in enumerate(["Vi är Björkskolan, åk 7–9, 38 % av pojkarna och 22 % av flickorna saknar godkänt "
                                 "i matematik 2024.", "Gör ett lokalt mål för det"], start=1):
        if n == 2:
            page.get_by_label("Lokalt mål").check()
        box = page.locator("textarea.jp-input")
        box.fill(message)
        box.press("Enter")
        # A whole draft arrives at once; the first one in a fresh app also loads the models.
        wait_until(page, f"document.querySelectorAll('.jp-bot.jp-done').length === {n}", timeout=120_000)
    with page.expect_download() as docx:
        page.get_by_role("button", name="Exportera planen som Word").click()
    assert docx.value.suggested_filename.endswith(".docx")
    with zipfile.ZipFile(docx.value.path()) as z:
        body = z.read("word/document.xml").decode()
    assert "Problemformulering" in body and "Lokalt mål" in body and "Björkskolan" in body
    with page.expect_download() as md:
        page.get_by_role("button", name="Exportera planen som Markdown").click()
    text = Path(md.value.path()).read_text("utf-8")
    assert [line.split(" – ")[0] for line in text.splitlines() if line.startswith("## ")] == [
        "## Problemformulering", "## Lokalt mål"]
    page.locator("#editor-status", has_text="Markdown-filen laddas ner").wait_for()
    violations = axe_violations(page)
    assert not violations, violations
    assert not page.errors


# --- failures -----------------------------------------------------------------------------------------------


def test_server_down_keeps_the_question_and_feedback_fails_in_swedish(browser: Any, corpus_components,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    components: Components = corpus_components[0]
    server, keys = make_app(components, tmp_path)
    page = open_page(browser, server.url, keys["user"])
    answer = ask(page, "Vad är förändringsteori?")
    server.stop()
    answer.get_by_role("button", name="Bra svar", exact=True).click()
    error = page.locator(".jp-chat .jp-error")
    error.wait_for()
    assert "Återkopplingen kunde inte sparas" in error.inner_text() and "null" not in error.inner_text()
    assert "Kunde inte nå servern" in error.inner_text()
    box = page.locator("textarea.jp-input")
    box.fill("Hur kan vi involvera målgruppen?")
    box.press("Enter")
    page.locator(".jp-chat .jp-error", has_text="Kunde inte nå servern").wait_for(timeout=30_000)
    assert box.input_value() == "Hur kan vi involvera målgruppen?"
    for _ in range(2):
        page.get_by_role("button", name="Försök igen").click()
        page.locator(".jp-chat .jp-error", has_text="Kunde inte nå servern").wait_for(timeout=30_000)
    assert page.locator(".jp-user").count() == 1  # only the first, answered question; no duplicate bubbles
    assert box.input_value() == "Hur kan vi involvera målgruppen?"
    assert page.get_by_role("button", name="Försök igen").count() == 1
    shot(page, "server-down")


# --- the widget ---------------------------------------------------------------------------------------------


def widget_page(site: StaticSite, url: str, key: str) -> str:
    root = Path(site.httpd.RequestHandlerClass.keywords["directory"])  # type: ignore[attr-defined]
    (root / "sida.html").write_text(
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>Intranät</title>"
        "<style>* { color: #f0f !important; font-size: 40px !important; } button { background: #0f0 !important; }"
        "</style></head><body><main><h1>Kommunens intranät</h1><p>Vanlig sida.</p></main>"
        f"<script src='{url}/widget.js' data-api='{url}' data-key='{key}'></script></body></html>", "utf-8")
    return f"{site.url}/sida.html"


def test_widget_modes_history_new_conversation_and_full_app_link(browser: Any, app: tuple[str, str],
                                                                 host_site: StaticSite) -> None:
    url, key = app
    ctx = browser.new_context()
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(widget_page(host_site, url, key))
    page.get_by_role("button", name="Fråga jamplan").click()
    select = page.locator("#jamplan-widget select.jp-widget-mode")
    wait_until(page, "document.querySelector('#jamplan-widget').shadowRoot"
                           ".querySelectorAll('select.jp-widget-mode option').length === 5")
    assert [o.inner_text() for o in select.locator("option").all()] == [m.label for m in MODES.values()]
    select.select_option("lokalt_mal")
    answer = ask(page, "Vi vill ge pojkar läxhjälp", "#jamplan-widget")
    assert answer.locator("h3").count() >= 1 and answer.locator("button.jp-cite").count() >= 1
    # The host page's CSS does not reach into the widget.
    style = answer.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).fontSize]")
    assert style[0] != "rgb(255, 0, 255)" and style[1] != "40px"
    link = page.locator("#jamplan-widget a.jp-full-link")
    href = link.get_attribute("href") or ""
    conversation_id = href.split("?c=")[1]
    assert href.startswith(f"{url}/?c=") and conversation_id
    shot(page, "widget-v2")

    page.reload()
    page.get_by_role("button", name="Fråga jamplan").click()
    page.locator("#jamplan-widget .jp-bot.jp-done").first.wait_for(timeout=30_000)
    assert page.locator("#jamplan-widget .jp-user .jp-text").inner_text() == "Vi vill ge pojkar läxhjälp"
    assert page.locator("#jamplan-widget select.jp-widget-mode").input_value() == "lokalt_mal"
    page.locator("#jamplan-widget .jp-bot.jp-done button.jp-cite").first.click()
    page.locator("#jamplan-widget dialog.jp-source mark").first.wait_for()
    violations = axe_violations(page)
    assert not violations, violations
    page.keyboard.press("Escape")

    full = open_page(browser, href, key)
    full.locator(".jp-user .jp-text", has_text="Vi vill ge pojkar läxhjälp").wait_for(timeout=30_000)
    assert full.get_by_label("Lokalt mål").is_checked()
    current = full.locator(f'.jp-conv[data-id="{conversation_id}"] [aria-current="true"]')
    current.first.wait_for(timeout=30_000)  # the conversation list loads after the messages on a busy machine
    assert current.count() == 1

    page.locator("#jamplan-widget").get_by_role("button", name="Nytt samtal").click()
    assert page.locator("#jamplan-widget .jp-msg").count() == 0
    page.reload()
    page.get_by_role("button", name="Fråga jamplan").click()
    page.locator("#jamplan-widget .jp-intro").wait_for()
    assert page.locator("#jamplan-widget .jp-msg").count() == 0
    assert page.locator("#jamplan-widget a.jp-full-link").is_hidden()
    assert not errors


def test_draft_items_show_where_they_come_from(browser: Any, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A drafting answer whose items carry `provenance` shows it per item; one without shows nothing extra."""
    from api.auth import caller_for
    from api.persistence import Database

    server, keys = make_app(corpus_components[0], tmp_path)
    db = Database.from_settings(corpus_components[0].settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path}/web.db"}))
    try:
        who = caller_for(db, keys["user"])
        assert who is not None
        cite = {"n": 1, "chunk_id": "c1", "source": "plan.md", "title": "Planen", "heading_path": "Mål",
                "start_line": 3, "end_line": 4, "quote": "Alla elever ska klara målen."}
        items = [{"text": "Vi har 40 elever i årskurs 9.", "citations": [], "provenance": "user"},
                 {"text": "Alla elever ska klara målen [1].", "citations": [1], "provenance": "source"},
                 {"text": "Starta läxhjälp två dagar i veckan.", "citations": [], "provenance": "suggestion"}]
        draft = {"kind": "lokalt_mal", "title": "Läxhjälp", "sections": [
            {"key": "mal", "heading": "Förslag på lokalt mål", "items": items}]}
        text = "## Förslag på lokalt mål\n" + "\n".join(f"- {i['text']}" for i in items)
        with_provenance, _ = db.record_exchange(who.owner, None, "lokalt_mal", "Läxhjälp i årskurs 9", {
            "mode": "lokalt_mal", "text": text, "citations": [cite], "grounded": True, "draft": draft})
        plain = {**draft, "sections": [{**draft["sections"][0], "items": [
            {"text": i["text"], "citations": i["citations"]} for i in items]}]}
        without, _ = db.record_exchange(who.owner, None, "lokalt_mal", "Utan ursprung", {
            "mode": "lokalt_mal", "text": text, "citations": [cite], "grounded": True, "draft": plain})
        page = open_page(browser, f"{server.url}/?c={with_provenance}", keys["user"])
        page.locator(".jp-bot.jp-done").wait_for()
        page.get_by_text("Varifrån kommer varje punkt?").click()
        badges = [b.inner_text() for b in page.locator(".jp-provenance .jp-badge").all()]
        assert badges == ["Från dig", "Från källa [1]", "Förslag"]
        assert page.locator(".jp-provenance button.jp-cite").count() == 1
        violations = axe_violations(page)
        assert not violations, violations
        page.goto(f"{server.url}/?c={without}")
        page.locator(".jp-user .jp-text", has_text="Utan ursprung").wait_for()
        assert page.locator(".jp-provenance").count() == 0
    finally:
        server.stop()
        db.engine.dispose()


def test_widget_visitor_opens_their_conversation_in_the_full_app(browser: Any, corpus_components,  # type: ignore[no-untyped-def]
                                                               host_site: StaticSite, tmp_path: Path) -> None:
    """With a publishable widget key the visitor's session token, not the widget key, opens the full app's view of
    their conversation; it travels in the link's fragment and leaves the address bar at once."""
    from api.auth import create_key
    from api.persistence import Database

    server, _ = make_app(corpus_components[0], tmp_path, widget_origins=[host_site.url])
    try:
        db = Database.from_settings(corpus_components[0].settings.model_copy(
            update={"database_url": f"sqlite:///{tmp_path}/web.db"}))
        widget_key = create_key(db, "widget", "intranät")[0]
        page = browser.new_context().new_page()
        page.goto(widget_page(host_site, server.url, widget_key))
        page.get_by_role("button", name="Fråga jamplan").click()
        ask(page, "Vilka aktörer kan bidra när pojkarna ska bli mer motiverade i skolan?", "#jamplan-widget")
        href = page.locator("#jamplan-widget a.jp-full-link").get_attribute("href") or ""
        assert "#key=" in href and widget_key not in href  # the visitor's own token, never the widget key
        full = browser.new_context().new_page()  # no key stored for the full app
        full.goto(href)
        full.locator(".jp-user .jp-text", has_text="Vilka aktörer kan bidra").wait_for(timeout=30_000)
        assert "#key=" not in full.url
        # Without the fragment (someone else's browser) the conversation does not open: the app asks for a key.
        other = browser.new_context().new_page()
        other.goto(href.split("#")[0])
        other.locator("#key-form").wait_for(timeout=15_000)
        assert other.locator(".jp-user .jp-text", has_text="Vilka aktörer kan bidra").count() == 0
        # A stored session the server does not know (its database reset) is replaced by a new one on load.
        page.evaluate("() => { for (const k of Object.keys(localStorage)) "
                      "if (k.endsWith('.session')) localStorage.setItem(k, 'jp_sess_unknown'); }")
        page.reload()
        page.get_by_role("button", name="Fråga jamplan").click()
        answer = ask(page, "Vad är antipluggkultur?", "#jamplan-widget")
        assert answer.locator("button.jp-cite").count() >= 1
        assert page.evaluate("() => Object.keys(localStorage).filter(k => k.endsWith('.session'))"
                             ".every(k => localStorage.getItem(k) !== 'jp_sess_unknown')")
    finally:
        server.stop()
