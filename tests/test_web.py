"""The web front end in a real headless Chromium (Debian's package) against the server on loopback.

Screenshots of the main views land in tests/screenshots/ for review.
"""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.config import PROJECT_ROOT
from assistant.index.components import Components
from assistant.service import Assistant
from tests.conftest import wait_until
from tests.fakes import FakeOpenAI
from tests.live import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.browser, pytest.mark.needs_corpus_index]

AXE = PROJECT_ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = PROJECT_ROOT / "tests" / "screenshots"


class StaticSite:
    """A plain page on another origin (its own port), to embed the widget in."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
        handler.log_message = lambda *a: None  # type: ignore[method-assign]
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def make_app(components: Components, tmp: Path, **settings: Any) -> tuple[LiveServer, dict[str, str]]:
    tmp.mkdir(parents=True, exist_ok=True)
    app_settings = components.settings.model_copy(update={"auth_enabled": True, "database_url": f"sqlite:///{tmp}/web.db",
                                                          "rate_limit_per_minute": 100_000,
                                                          "rate_limit_burst": 10_000} | settings)
    app_components = Components(app_settings)
    app_components._store, app_components._embeddings = components.store, components.embeddings
    db = Database.from_settings(app_settings)
    keys = {"user": create_key(db, "user", "web")[0]}
    return LiveServer(create_app(app_settings, app_components, Assistant(app_components), db)), keys


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticSite]:
    root = tmp_path_factory.mktemp("intranet")
    s = StaticSite(root)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def web(corpus_components, site: StaticSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    server, keys = make_app(corpus_components[0], tmp_path_factory.mktemp("web"), cors_origins=[site.url])
    yield server.url, keys["user"]
    server.stop()


def open_page(browser: Any, url: str, key: str | None, **context: Any) -> Any:
    ctx = browser.new_context(accept_downloads=True, **context)
    if key:
        ctx.add_init_script(f"localStorage.setItem('jamplan.key', {key!r})")
    page = ctx.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    return page


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ask(page: Any, text: str, scope: str = "") -> Any:
    """Type a question, send it with Enter, and wait for the finished answer."""
    box = page.locator(f"{scope} textarea.jp-input".strip())
    box.fill(text)
    box.press("Enter")
    answer = page.locator(f"{scope} .jp-bot.jp-done".strip()).last
    answer.wait_for(timeout=30_000)
    return answer


def axe_violations(page: Any) -> list[dict[str, Any]]:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: make test installs it from the npm registry")
    # Evaluated over the DevTools protocol: the page's Content-Security-Policy rightly refuses an injected <script>.
    page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate(
        "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_question_streams_and_citation_opens(browser: Any, web: tuple[str, str]) -> None:
    url, key = web
    page = open_page(browser, url, key)
    answer = ask(page, "Vilka insatser föreslås mot mobbning?")
    assert "vuxennärvaro" in answer.inner_text().lower()
    chips = answer.locator("button.jp-cite")
    assert chips.count() >= 1
    shot(page, "chat-answer")
    chips.first.click()
    dialog = page.locator("dialog.jp-source")
    dialog.wait_for()
    dialog.locator("mark").first.wait_for()
    text = dialog.inner_text()
    assert "rad " in text and "vgr-pojkars-skolresultat-metodstod.txt" in text
    assert dialog.locator("mark").count() >= 1
    shot(page, "source-dialog")
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert not page.errors


def test_answer_text_grows_while_streaming(browser: Any, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With a model that streams slowly, the page shows the answer growing before it is finished."""
    fake = FakeOpenAI()
    fake.token_delay_s = 0.05
    server, keys = make_app(corpus_components[0], tmp_path, generator="openai", llm_base_url=fake.url)
    try:
        page = open_page(browser, server.url, keys["user"])
        page.evaluate("""() => { window.__lengths = []; new MutationObserver(() => {
            const s = document.querySelector('.jp-bot:not(.jp-done) .jp-stream');
            if (s) window.__lengths.push(s.textContent.length); })
            .observe(document.querySelector('.jp-log'), {subtree: true, characterData: true, childList: true}); }""")
        answer = ask(page, "Hur fungerar verktyget förändringsteori?")
        lengths = sorted(set(page.evaluate("window.__lengths")) - {0})
        assert len(lengths) >= 3, lengths
        assert answer.locator("button.jp-cite").count() >= 1
    finally:
        server.stop()
        fake.close()


def test_draft_a_local_goal_edit_save_and_export(browser: Any, web: tuple[str, str]) -> None:
    url, key = web
    page = open_page(browser, url, key)
    page.get_by_label("Lokalt mål").check()
    page.get_by_label("Organisation (kommun eller skola)").fill("Borås Stad")
    answer = ask(page, "Vi vill ge pojkar läxhjälp och studiestöd")
    assert "Pojkar i Borås Stad" in answer.inner_text()
    answer.get_by_role("button", name="Till utkast").click()
    text_box = page.get_by_label("Text", exact=True)
    wait_until(page, "document.getElementById('draft-text').value.includes('Borås Stad')")
    text_box.fill(text_box.input_value() + "\nVi börjar med årskurs 7.")
    page.get_by_role("button", name="Spara version").click()
    page.locator("#editor-status", has_text="version 2").wait_for()
    assert page.locator("#draft-version option").count() == 2
    shot(page, "draft-editor")
    with page.expect_download() as md:
        page.get_by_role("button", name="Exportera Markdown").click()
    markdown = Path(md.value.path()).read_text("utf-8")
    assert "Vi börjar med årskurs 7." in markdown and "[^1]:" in markdown and "rad " in markdown
    with page.expect_download() as docx:
        page.get_by_role("button", name="Exportera Word").click()
    with zipfile.ZipFile(docx.value.path()) as z:
        assert "vgr-pojkars-skolresultat-metodstod.txt" in z.read("word/footnotes.xml").decode()
    assert not page.errors


def test_dilemma_view_shows_follow_up_questions(browser: Any, web: tuple[str, str]) -> None:
    url, key = web
    page = open_page(browser, url, key)
    page.get_by_label("Dilemma", exact=True).check()
    first = page.locator("button.jp-dilemma").first
    first.wait_for()
    first.click()
    answer = page.locator(".jp-bot.jp-done").last
    answer.wait_for(timeout=30_000)
    followups = answer.locator("aside.jp-followups")
    assert followups.count() == 1 and "Följdfrågor till gruppen" in followups.inner_text()
    assert followups.locator("li").count() >= 1 and "?" in followups.inner_text()
    shot(page, "dilemma")


def test_widget_on_another_origin(browser: Any, web: tuple[str, str], site: StaticSite) -> None:
    url, key = web
    root = Path(site.httpd.RequestHandlerClass.keywords["directory"])  # type: ignore[attr-defined]
    (root / "intranat.html").write_text(
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>Intranät</title></head><body>"
        "<main><h1>Kommunens intranät</h1><p>Vanlig sida.</p></main>"
        f"<script src='{url}/widget.js' data-api='{url}' data-key='{key}'></script></body></html>", "utf-8")
    page = open_page(browser, f"{site.url}/intranat.html", None)
    launcher = page.get_by_role("button", name="Fråga jamplan")
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    answer = ask(page, "Vad är förändringsteori?", "#jamplan-widget")
    assert answer.locator("button.jp-cite").count() >= 1
    shot(page, "widget")
    answer.locator("button.jp-cite").first.click()
    page.locator("#jamplan-widget dialog.jp-source mark").first.wait_for()
    page.keyboard.press("Escape")
    violations = axe_violations(page)
    assert not violations, violations
    assert not page.errors


def test_html_in_corpus_and_model_answer_stays_text(browser: Any, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import run

    base: Components = corpus_components[0]
    settings = base.settings.model_copy(update={"data_dir": tmp_path / "d", "corpus_dir": tmp_path / "c"})
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "trygghet.md").write_text(
        "# Trygghetsrådet\n\nTrygghetsrådet möts varje vecka <img src=x onerror=\"window.__pwned=1\"> och "
        "<script>window.__pwned=2</script> planerar rastvakter för pojkar och flickor.\n", "utf-8")
    components = Components(settings)
    components._embeddings = base.embeddings
    run(settings, components.store, components.embeddings)
    server, key = make_app(components, tmp_path, data_dir=tmp_path / "d", corpus_dir=tmp_path / "c")
    fake = FakeOpenAI()
    fake.mode = "html"
    llm_server, llm_key = make_app(components, tmp_path / "llm", generator="openai", llm_base_url=fake.url,
                                   data_dir=tmp_path / "d")
    try:
        page = open_page(browser, server.url, key["user"])
        answer = ask(page, "Hur ofta möts trygghetsrådet?")
        assert "<img src=x" in answer.inner_text() and "<script>" in answer.inner_text()
        answer.locator("button.jp-cite").first.click()
        page.locator("dialog.jp-source mark").first.wait_for()
        assert "onerror" in page.locator("dialog.jp-source").inner_text()
        assert page.evaluate("window.__pwned") is None
        shot(page, "html-as-text")
        page2 = open_page(browser, llm_server.url, llm_key["user"])
        answer2 = ask(page2, "Hur ofta möts trygghetsrådet?")
        assert "<script>window.__pwned=4</script>" in answer2.inner_text()
        assert page2.evaluate("window.__pwned") is None
        assert page2.locator(".jp-answer img, .jp-answer script").count() == 0
    finally:
        server.stop()
        llm_server.stop()
        fake.close()


def test_keyboard_only_use(browser: Any, web: tuple[str, str]) -> None:
    url, key = web
    page = open_page(browser, url, key)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Hoppa till chatten"
    page.locator("textarea.jp-input").focus()
    page.keyboard.type("Hur kan vi involvera målgruppen?")
    page.keyboard.press("Enter")
    page.locator(".jp-bot.jp-done").last.wait_for(timeout=30_000)
    page.locator(".jp-bot.jp-done button.jp-cite").first.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.jp-source")
    dialog.wait_for()
    assert page.evaluate("document.activeElement.textContent") == "Stäng"
    page.keyboard.press("Enter")
    dialog.wait_for(state="detached")
    outline = page.evaluate("""() => { const b = document.querySelector('.jp-send'); b.focus();
        return getComputedStyle(b).outlineStyle; }""")
    assert outline != "none"


def test_accessibility_full_page(browser: Any, web: tuple[str, str]) -> None:
    url, key = web
    page = open_page(browser, url, key)
    ask(page, "Vad är förändringsteori?")
    violations = axe_violations(page)
    assert not violations, violations


@pytest.mark.parametrize(("name", "viewport"), [("phone", {"width": 375, "height": 812}),
                                                 ("zoom-200", {"width": 640, "height": 450})])
def test_narrow_screens_do_not_scroll_sideways(browser: Any, web: tuple[str, str], name: str,
                                                viewport: dict[str, int]) -> None:
    url, key = web
    page = open_page(browser, url, key, viewport=viewport)
    ask(page, "Vilka insatser föreslås mot mobbning?")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shot(page, name)


def test_errors_are_shown_in_swedish_with_retry(browser: Any, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, keys = make_app(corpus_components[0], tmp_path, rate_limit_per_minute=1, rate_limit_burst=4)
    page = open_page(browser, server.url, keys["user"])
    # The page's two list requests, its check for admin rights (403 for this key) and one question use up the burst.
    page.wait_for_load_state("networkidle")
    ask(page, "Vad är förändringsteori?")
    page.locator("textarea.jp-input").fill("Hur kan vi involvera målgruppen?")
    page.locator("textarea.jp-input").press("Enter")
    error = page.locator(".jp-chat .jp-error")
    error.wait_for(timeout=30_000)
    assert "För många frågor" in error.inner_text()
    server.stop()
    page.get_by_role("button", name="Försök igen").click()
    page.locator(".jp-chat .jp-error", has_text="Kunde inte nå servern").wait_for(timeout=30_000)
    assert page.get_by_role("button", name="Försök igen").count() == 1
    shot(page, "error")
