"""The web pages: the list, search, a story page in the issue's order, and hostile articles
(script, onerror, javascript:/data: URLs, bidi and zero-width characters) rendered inert."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from serve_helpers import HOSTILE, HOSTILE_DATA_URL, HOSTILE_OUTLET, client, make_store

from newsbrief.serve.web import safe_href


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, str]:
    db = make_store(tmp_path_factory.mktemp("web"))
    api = client(db)
    r = api.post("/api/articles", json=[HOSTILE, HOSTILE_OUTLET, HOSTILE_DATA_URL])
    assert r.status_code == 200, r.text
    sid = r.json()["results"][0]["story_id"]
    return api, sid


def test_list_page_counts_and_search(hostile: tuple[TestClient, str]) -> None:
    api, _ = hostile
    r = api.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Strike update" in r.text and "3 articles" in r.text and "last update" in r.text
    found = api.get("/", params={"q": "strike"}).text
    assert "Strike update" in found and "Quake update" not in found
    assert "No story matches" in api.get("/", params={"q": "zzz-nothing"}).text


def test_story_page_sections_in_order(hostile: tuple[TestClient, str]) -> None:
    api, _ = hostile
    sid = api.get("/api/stories", params={"q": "Quake"}).json()["stories"][0]["id"]
    page = api.get(f"/stories/{sid}").text
    order = ["h-summary", "h-coverage", "h-articles"]
    at = [page.index(f'id="{h}"') for h in order]
    assert at == sorted(at)
    for h in ("h-differ", "h-figures", "h-timeline", "h-people"):
        if f'id="{h}"' in page:  # present only when the brief has them; always in this order
            assert at[0] < page.index(f'id="{h}"') < at[1]
    assert "<svg" in page and 'role="img"' in page
    cite = re.search(r'class="cite" href="#(src\d+-s\d+)"', page)
    assert cite is not None and f'id="{cite.group(1)}"' in page
    assert "https://outlet0.example/quake/0" in page  # http(s) links kept


def test_hostile_article_is_inert(hostile: tuple[TestClient, str]) -> None:
    api, sid = hostile
    for path in (f"/stories/{sid}", "/", "/?q=%3Cscript%3E"):
        r = api.get(path)
        page = r.text
        csp = r.headers["content-security-policy"]
        assert "script-src 'nonce-" in csp and "default-src 'none'" in csp
        nonce = re.search(r"'nonce-([^']+)'", csp)
        assert nonce is not None
        # The only script is ours, with this request's nonce.
        scripts = re.findall(r"<script\b[^>]*>", page)
        assert all(f'nonce="{nonce.group(1)}"' in s for s in scripts)
        assert "<script>alert" not in page and "<img" not in page
        assert not re.search(r"<[^>]+\son\w+=", page)  # no event handler attribute
        assert 'href="javascript:' not in page.lower() and 'href="data:' not in page.lower()
        assert "http://" not in csp and "https://" not in csp  # nothing remote allowed
    page = api.get(f"/stories/{sid}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    # Untrusted titles are isolated (bidi controls are also dropped when an article is
    # cleaned), so nothing in them can reorder the text around them.
    assert "<bdi>&lt;script&gt;alert" in page
    isolated = re.findall(r"<bdi>[^<]*\u202e[^<]*</bdi>", page)
    assert page.count("\u202e") == sum(x.count("\u202e") for x in isolated) > 0
    assert "<bdi>xn--evil-&lt;script&gt;.example" in page  # the outlet from a hostile host
    assert "address not shown as a link" in page


def test_safe_href() -> None:
    assert safe_href("https://a.example/x") == "https://a.example/x"
    for bad in (
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
        "https://a.example/\u202e",
        "http://[::1",
        None,
        "",
    ):
        assert safe_href(bad) is None
