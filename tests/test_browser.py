"""The built site in a real browser (Debian's Chromium driven by Playwright).

No JavaScript errors, no request to any host but the local server, working links and
search, and no serious or critical accessibility violation (axe-core) in the light and
the dark colour scheme. Chromium missing is a failure, not a skip: these checks are part
of the definition of done.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import REPO

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENS_ENV = "BRIEFING_SCREENSHOTS"  # also copy the screenshots to this folder (e.g. /tmp/screens)
TIMEOUT_MS = 20_000


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install chromium, "
                    f"or run `bash .ci/run`), or set BRIEFING_CHROMIUM to its path", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


class Watched:
    """A page with listeners for JavaScript errors and requests to other hosts."""

    def __init__(self, browser, base_url: str, scheme: str = "light"):
        self.base_url = base_url
        self.host = urlsplit(base_url).netloc
        self.context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900},
                                           service_workers="block")
        self.context.set_default_timeout(TIMEOUT_MS)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.failed: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", self._console)
        self.page.on("request", self._request)
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url}: HTTP {r.status}"))

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url')})")

    def _request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.netloc != self.host:
            self.foreign.append(request.url)

    def goto(self, path: str):
        response = self.page.goto(urljoin(self.base_url, path), wait_until="load")
        assert response is not None and response.status == 200, f"{path}: {response and response.status}"
        self.page.wait_for_load_state("networkidle")
        return response

    def assert_clean(self):
        assert not self.errors, "JavaScript errors:\n" + "\n".join(self.errors)
        assert not self.foreign, "requests to other hosts:\n" + "\n".join(self.foreign)
        assert not self.failed, "failed requests:\n" + "\n".join(self.failed)

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser, site_server):
    pages: list[Watched] = []

    def make(scheme: str = "light") -> Watched:
        pages.append(Watched(browser, site_server, scheme))
        return pages[-1]

    yield make
    for w in pages:
        w.close()


def _experts(site_dir: Path) -> list[dict]:
    return json.loads((site_dir / "api" / "experts.json").read_text(encoding="utf-8"))


# --- navigation and search ----------------------------------------------------------------

def test_home_links_to_a_source_and_an_expert(watched, site_dir):
    w = watched()
    w.goto("")
    page = w.page
    assert page.locator("h1").first.inner_text().strip()
    page.locator("article li a[href^='sources/0'][href$='/']").first.click()
    page.wait_for_load_state("networkidle")
    assert re.search(r"/sources/\d{3}-[0-9a-f]{16}/$", page.url), page.url
    assert page.locator("article h1").count() == 1
    w.goto("")
    expert_ids = {e["id"] for e in _experts(site_dir)}
    link = page.locator("article a[href*='experts/']").filter(has_not_text=re.compile(r"^\s*$"))
    hrefs = [h for h in link.evaluate_all("els => els.map(e => e.getAttribute('href'))")
             if re.search(r"experts/[^/]+/$", h)]
    assert hrefs, "the home page links no expert page"
    page.locator(f"article a[href='{hrefs[0]}']").first.click()
    page.wait_for_load_state("networkidle")
    slug = urlsplit(page.url).path.rstrip("/").rsplit("/", 1)[-1]
    assert slug in expert_ids, page.url
    w.assert_clean()


def test_search_finds_destillation(watched):
    w = watched()
    w.goto("")
    page = w.page
    field = page.locator(".md-search__input")
    if not field.is_visible():
        page.locator("label[for='__search']").first.click()
    field.click()
    field.press_sequentially("Destillation", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert results.count() >= 1
    text = page.locator(".md-search-result").inner_text()
    assert re.search(r"destill", text, re.I), text[:500]
    w.assert_clean()


# --- links ------------------------------------------------------------------------------

class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag in ("link",) and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.links.append(attrs["src"])


def _fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        return exc.code, b"", ""


def test_every_internal_link_resolves(site_server, site_dir):
    """Crawl every HTML page of the site over HTTP; each internal link answers 200 and its #anchor exists."""
    host = urlsplit(site_server).netloc
    pages = set()
    for index in site_dir.rglob("index.html"):
        rel = index.parent.relative_to(site_dir).as_posix()
        pages.add(site_server + ("" if rel == "." else rel + "/"))
    cache: dict[str, tuple[int, set[str] | None]] = {}

    def visit(url: str) -> tuple[int, set[str] | None]:
        if url not in cache:
            status, body, ctype = _fetch(url)
            ids = None
            if status == 200 and ctype == "text/html":
                parser = _Links()
                parser.feed(body.decode("utf-8", errors="replace"))
                ids = parser.ids
                cache[url] = (status, ids)
                links_of[url] = parser.links
            else:
                cache[url] = (status, ids)
        return cache[url]

    links_of: dict[str, list[str]] = {}
    problems = []
    queue = sorted(pages)
    seen = set(queue)
    while queue:
        page = queue.pop()
        status, _ = visit(page)
        if status != 200:
            problems.append(f"{page}: HTTP {status}")
            continue
        for href in links_of.get(page, []):
            target = urljoin(page, href)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                if href.lower().startswith("javascript:"):
                    problems.append(f"{page}: javascript: link {href}")
                continue
            doc_url = target.split("#", 1)[0]
            status, ids = visit(doc_url)
            if status != 200:
                problems.append(f"{page}: {href} → HTTP {status}")
                continue
            if parts.fragment and ids is not None and unquote(parts.fragment) not in ids:
                problems.append(f"{page}: {href} → no id {parts.fragment!r} on the target page")
            if ids is not None and doc_url not in seen:
                seen.add(doc_url)
                queue.append(doc_url)
    assert len(seen) >= 20, f"only {len(seen)} pages crawled"
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(sorted(set(problems))[:80])


# --- accessibility ------------------------------------------------------------------------

def _axe_pages(site_dir: Path) -> dict[str, str]:
    experts = _experts(site_dir)
    topics = json.loads((site_dir / "api" / "topics.json").read_text(encoding="utf-8"))
    topic = next((t for t in topics if t["sources"]), topics[0])
    return {"home": "", "source": "sources/000-d47760217372a6ea/", "expert": experts[0]["path"],
            "topic": topic["path"], "experts-index": "experts/"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["home", "source", "expert", "topic", "experts-index"])
def test_no_serious_accessibility_violation(watched, site_dir, kind, scheme):
    assert AXE.exists(), f"{AXE} missing: run `npm ci` (make test does)"
    w = watched(scheme)
    path = _axe_pages(site_dir)[kind]
    w.goto(path)
    page = w.page
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    report = []
    for v in serious:
        report.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} nodes)")
        for node in v["nodes"][:5]:
            report.append(f"    {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1:]}")
    print("\n".join(report))
    assert not serious, f"axe on /{path} ({scheme}):\n" + "\n".join(report)
    w.assert_clean()


def test_search_dialog_has_an_accessible_name(site_dir):
    """The theme override that fixes axe's aria-dialog-name is in use (not the theme's own partial)."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    dialog = re.search(r"<div[^>]*data-md-component=\"search\"[^>]*>", html)
    assert dialog and 'role="dialog"' in dialog.group(0) and re.search(r'aria-label="[^"]+"', dialog.group(0))


# --- layout -------------------------------------------------------------------------------

# The matrix's scroll boxes up to the article, the article's right edge, and where the last
# column ends once every box is scrolled to its end.
_MATRIX_REACH = """() => {
  const table = document.querySelector('.briefing-matrix table');
  const article = table.closest('article');
  const boxes = [];
  for (let e = table.parentElement; e && e !== article; e = e.parentElement) {
    if (getComputedStyle(e).overflowX !== 'visible') { e.scrollLeft = e.scrollWidth; boxes.push(e); }
  }
  const last = table.querySelector('thead th:last-child');
  return {right: last.getBoundingClientRect().right,
          boxes: boxes.map(e => ({cls: e.className, right: e.getBoundingClientRect().right,
                                  scrolls: e.scrollWidth > e.clientWidth})),
          article: article.getBoundingClientRect().right - parseFloat(getComputedStyle(article).paddingRight)};
}"""


@pytest.mark.parametrize("width", [1280, 760])
def test_matrix_fits_or_scrolls(browser, site_server, width, tmp_path):
    """The topic × person matrix on the home page fits the text column or scrolls sideways in one
    box of its own; no column is cut off (a scroll box inside another clips it)."""
    w = Watched(browser, site_server)
    try:
        w.page.set_viewport_size({"width": width, "height": 900})
        w.goto("")
        reach = w.page.evaluate(_MATRIX_REACH)
        assert len(reach["boxes"]) == 1 and "briefing-matrix" in reach["boxes"][0]["cls"], reach
        box = reach["boxes"][0]
        assert box["right"] <= reach["article"] + 1, f"the matrix sticks out of the text column: {reach}"
        assert reach["right"] <= box["right"] + 1, f"last column cut off at {width} px: {reach}"
        if width < 1000:
            assert box["scrolls"], reach  # too wide for a narrow page: it scrolls rather than squeeze
        w.page.locator(".briefing-matrix").screenshot(path=str(tmp_path / f"matrix-{width}.png"))
        w.assert_clean()
    finally:
        w.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_contact_addresses_are_set_off_as_blocks(watched, scheme):
    w = watched(scheme)
    w.goto("sources/000-d47760217372a6ea/")
    styles = w.page.locator("p.briefing-contact").evaluate_all(
        "els => els.map(e => { const s = getComputedStyle(e);"
        " return [s.borderLeftStyle, parseFloat(s.borderLeftWidth), s.borderLeftColor, parseFloat(s.paddingLeft)]; })")
    assert len(styles) >= 2, styles  # the press release names two addresses
    for style, width, color, padding in styles:
        assert style == "solid" and width >= 1 and padding > 0, styles
        assert color not in ("transparent", "rgba(0, 0, 0, 0)"), styles
    w.assert_clean()


# --- screenshots --------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(watched, site_dir, tmp_path, scheme):
    w = watched(scheme)
    shots = []
    quoted_most = max(_experts(site_dir), key=lambda e: len(e["quotes"]))  # several quotes, one after another
    for name, path in (("home", ""), ("source", "sources/000-d47760217372a6ea/"),
                       ("expert", quoted_most["path"]), ("topic", _axe_pages(site_dir)["topic"])):
        w.goto(path)
        target = tmp_path / f"{name}-{scheme}.png"
        w.page.screenshot(path=str(target), full_page=False)
        assert target.stat().st_size > 5_000, f"{target} looks empty"
        shots.append(target)
    if os.environ.get(SCREENS_ENV):
        folder = Path(os.environ[SCREENS_ENV])
        folder.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy(shot, folder / shot.name)
    w.assert_clean()
