"""End to end in headless Chromium (Debian's ``chromium``, driven by Playwright; no browser
download): list, search, story, click a citation and see its sentence; a hostile article
opens no dialog and makes no request off 127.0.0.1.  Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from serve_helpers import HOSTILE, HOSTILE_DATA_URL, HOSTILE_OUTLET, make_app, make_store

CHROMIUM = os.environ.get("NEWSBRIEF_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

sync_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():  # CI installs it (scripts/setup.sh); skip only where it is not
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = make_store(tmp_path_factory.mktemp("browser"))
    app = make_app(db, allowed_hosts=["127.0.0.1"])
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    import httpx

    r = httpx.post(f"{base}/api/articles", json=[HOSTILE, HOSTILE_OUTLET, HOSTILE_DATA_URL])
    assert r.status_code == 200, r.text
    yield base
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def _page(browser: object, width: int, height: int) -> tuple[object, list[str], list[str]]:
    """A page that records dialogs and blocks (and records) any request off 127.0.0.1."""
    ctx = browser.new_context(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
    page = ctx.new_page()
    dialogs: list[str] = []
    outside: list[str] = []

    def on_dialog(d: object) -> None:
        dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    def on_route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith("http://127.0.0.1:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(url)
            route.abort()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    ctx.route("**/*", on_route)
    return page, dialogs, outside


def test_list_search_story_and_citation(server: str, browser: object) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for name, (w, h) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
        page, dialogs, outside = _page(browser, w, h)
        page.goto(server + "/")  # type: ignore[attr-defined]
        page.screenshot(path=str(ARTIFACTS / f"list-{name}.png"), full_page=True)  # type: ignore[attr-defined]
        page.fill("#q", "Quake")  # type: ignore[attr-defined]
        page.press("#q", "Enter")  # type: ignore[attr-defined]
        page.wait_for_url("**/?q=Quake")  # type: ignore[attr-defined]
        titles = page.locator("ol.stories a.title").all_inner_texts()  # type: ignore[attr-defined]
        assert titles and all("Quake" in t for t in titles)
        page.click("ol.stories a.title")  # type: ignore[attr-defined]
        page.wait_for_selector("#h-summary")  # type: ignore[attr-defined]
        cite = page.locator("ul.summary a.cite").first  # type: ignore[attr-defined]
        target = cite.get_attribute("href").lstrip("#")
        cite.click()
        # The page marks the sentence on "hashchange", which fires after the click returns:
        # wait for the mark rather than read the class at once (a race on a slow machine).
        page.wait_for_selector(f"[id='{target}'].shown", state="visible")  # type: ignore[attr-defined]
        sentence = page.locator(f"[id='{target}']")  # type: ignore[attr-defined]
        assert "shown" in (sentence.get_attribute("class") or "")
        assert sentence.inner_text().strip()
        page.screenshot(path=str(ARTIFACTS / f"story-{name}.png"), full_page=True)  # type: ignore[attr-defined]
        assert dialogs == [] and outside == []
        page.context.close()  # type: ignore[attr-defined]


def test_hostile_story_opens_no_dialog_and_sends_nothing_out(server: str, browser: object) -> None:
    import httpx

    sid = httpx.get(f"{server}/api/stories", params={"q": "script"}).json()["stories"][0]["id"]
    page, dialogs, outside = _page(browser, 1280, 900)
    page.goto(f"{server}/stories/{sid}")  # type: ignore[attr-defined]
    for d in page.locator("details").all():  # type: ignore[attr-defined]
        d.evaluate("el => el.open = true")
    for link in page.locator("main a").all():  # type: ignore[attr-defined]
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith(("javascript:", "data:"))
    page.hover("h1")  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "story-hostile.png"), full_page=True)  # type: ignore[attr-defined]
    assert dialogs == []
    assert outside == []
    shutil.rmtree(ARTIFACTS / "unused", ignore_errors=True)
