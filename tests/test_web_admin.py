"""The administrator's view of what ingest refused or flagged, in a real headless Chromium (issue 16: "files
that fail are moved aside with their reason visible to the admin"; flagged sentences "shown to the admin").

An admin uploads through the API, as a script would; then opens the page with the admin key and reads both
lists. A user's key never sees the section.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.index.components import Components
from assistant.service import Assistant
from tests.conftest import make_settings
from tests.live import LiveServer
from tests.test_instructions import INJECTED
from tests.test_web import axe_violations, shot

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.browser]

NOTICE = ("# Närvaro i Exempelby\n\nExempelby skola följer upp frånvaron varje vecka och kontaktar hemmet vid "
          f"upprepad ogiltig frånvaro. {INJECTED[1]}\n")


@pytest.fixture(scope="module")
def admin_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    tmp = tmp_path_factory.mktemp("admin")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "rutin.md").write_text("# Rutin\n\nMentorn kontaktar hemmet samma dag som eleven är frånvarande.\n",
                                     "utf-8")
    settings = make_settings(tmp / "data", corpus_dir=corpus, auth_enabled=True, rate_limit_per_minute=100_000,
                             rate_limit_burst=10_000)
    components = Components(settings)
    db = Database.from_settings(settings)
    keys = {role: create_key(db, role, f"web-{role}")[0] for role in ("admin", "user")}
    server = LiveServer(create_app(settings, components, Assistant(components), db))
    upload(server.url, keys["admin"], [("trasig.docx", b"PK\x03\x04 inte en riktig fil"),
                                       ("narvaro.md", NOTICE.encode())])
    yield server.url, keys
    server.stop()


def upload(url: str, admin_key: str, files: list[tuple[str, bytes]], status: str = "done") -> None:
    """Upload `files` as an admin's script would, and wait for the ingest job to finish with `status` (an upload
    none of whose files could be read fails)."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {admin_key}"}, timeout=120) as api:
        started = api.post("/v1/ingest", files=[("files", f) for f in files])
        assert started.status_code == 202, started.text
        job, deadline = started.json(), time.monotonic() + 120
        while job["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.3)
            job = api.get(f"/v1/ingest/{job['id']}").json()
        assert job["status"] == status, job


def open_as(browser: Any, url: str, key: str) -> tuple[Any, int]:
    """The page with `key`, and the status of its check whether the key may read the admin reports."""
    ctx = browser.new_context()
    ctx.add_init_script(f"localStorage.setItem('jamplan.key', {key!r})")
    page = ctx.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    with page.expect_response(lambda r: "/v1/admin/rejected" in r.url) as probe:
        page.goto(url)
    return page, probe.value.status


def test_an_admin_sees_rejected_uploads_and_flagged_sentences(browser: Any,
                                                              admin_site: tuple[str, dict[str, str]]) -> None:
    url, keys = admin_site
    page, status = open_as(browser, url, keys["admin"])
    assert status == 200
    section = page.locator("#admin")
    section.wait_for(state="visible", timeout=10_000)
    assert section.get_by_role("heading", name="Administration").is_visible()

    rejected = page.get_by_role("table", name="Uppladdningar som inte lästes in")
    rejected.wait_for()
    assert rejected.locator("thead th").all_inner_texts() == ["Fil", "Skäl", "Tid"]
    row = rejected.locator("tbody tr")
    assert row.count() == 1
    cells = row.first.locator("td").all_inner_texts()
    assert cells[0] == "trasig.docx" and "skadad" in cells[1] and cells[2].startswith("i dag")

    flagged = page.get_by_role("table", name="Meningar som vänder sig till assistenten")
    flagged.wait_for()
    assert flagged.locator("thead th").all_inner_texts() == ["Dokument", "Mening"]
    rows = flagged.locator("tbody tr")
    assert rows.count() == 1
    document, sentence = rows.first.locator("td").all_inner_texts()
    assert "Närvaro i Exempelby" in document and "uppladdad/narvaro.md" in document and "(uppladdad)" in document
    assert sentence == INJECTED[1]

    # Another upload fails while the page is open: "Uppdatera listorna" shows it (the lists are read anew).
    upload(url, keys["admin"], [("tom.txt", b"")], "failed")
    page.get_by_role("button", name="Uppdatera listorna").click()
    page.get_by_role("cell", name="tom.txt").wait_for(timeout=10_000)
    assert rejected.locator("tbody tr").count() == 2 and flagged.locator("tbody tr").count() == 1
    assert rejected.locator("tbody tr").first.locator("td").first.inner_text() == "tom.txt"  # newest first
    section.scroll_into_view_if_needed()
    shot(page, "admin-panel")
    assert axe_violations(page) == []
    assert page.errors == []


def test_a_user_never_sees_the_admin_section(browser: Any, admin_site: tuple[str, dict[str, str]]) -> None:
    url, keys = admin_site
    page, status = open_as(browser, url, keys["user"])
    assert status == 403  # the check was answered …
    page.wait_for_timeout(300)
    assert page.locator("#admin").is_hidden()  # … and the section stays hidden, with nothing in it
    assert page.locator("#rejected").inner_text() == "" and page.locator("#flagged").inner_text() == ""
    assert not page.locator(".jp-error").count()
    assert page.errors == []
