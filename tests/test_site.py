"""End to end: the real seeds → the real site, as `briefing build --strict` makes it.

The site is built once per run (fixture `build` in conftest.py); these tests read its
files. Tests that need a differently configured build make a small one of their own.
"""

from __future__ import annotations

import html as html_lib
import io
import json
import os
import random
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import frontmatter
import jsonschema
import pytest

from conftest import BIN, REPO, SEEDS, cli, tree_hash

SCHEMAS = REPO / "src" / "briefing" / "schemas"

# Stable URLs: derived from the seed file names, never from titles.
SOURCE_IDS = ["000-d47760217372a6ea", "001-aa8adaefc5c909ae", "002-bc7bd72e0dd89d0b",
              "003-8865864ff85164a6", "004-143b7f0a7f716fd9"]

FRONT_MATTER_KEYS = ["title", "date", "date_inferred", "authors", "publisher", "url", "language", "kind",
                     "summary", "topics", "people", "seed"]
FRONT_MATTER_EXTRAS = {"distributor", "keywords", "edition", "tags", "description"}
ISO_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

SMALL_SEED = "002_bc7bd72e0dd89d0b.txt"


def load(site: Path, name: str):
    return json.loads((site / "api" / f"{name}.json").read_text(encoding="utf-8"))


def ids_in_html(html: str) -> set[str]:
    return set(re.findall(r"""\sid\s*=\s*["']([^"']+)["']""", html))


# --- the build ------------------------------------------------------------------------

def test_cli_build_strict_succeeds_without_warnings(build):
    build.require_success()
    warnings = [line for line in build.stderr.splitlines() if line.strip()]
    assert not warnings, "`briefing build --strict` printed to stderr:\n" + "\n".join(warnings)
    summary = [line for line in build.stdout.splitlines() if line.startswith("site: ")]
    assert summary and f"({len(SOURCE_IDS)} sources," in summary[0], build.stdout


@pytest.mark.slow
def test_mkdocs_build_strict_has_no_warning(tmp_path):
    """Plain `mkdocs build --strict` with the project's mkdocs.yml: the plugin does the conversion."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-d", str(tmp_path / "site")], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    warnings = [line for line in output.splitlines() if "WARNING" in line or line.startswith("ERROR")]
    assert not warnings, "\n".join(warnings)
    assert (tmp_path / "site" / "sources" / SOURCE_IDS[0] / "index.html").exists()


# --- mkdocs.yml and the built-in defaults (briefing.mkdocs_defaults) ----------------------

def _by_name(entries: list) -> dict:
    """Entries of `plugins:` or `markdown_extensions:` (a name, or {name: options}) as {name: options}."""
    out: dict = {}
    for entry in entries:
        out.update(entry if isinstance(entry, dict) else {entry: {}})
    return out


def _compare(default, mine, path: str, compared: set, differing: set) -> None:
    """Walk the settings both state. Mappings by key, plugins and extensions by name, lists of
    mappings (the palette) by position. Where the defaults list names (theme features, plugins,
    extensions), mkdocs.yml lists them all and may add more."""
    if path in ("plugins", "markdown_extensions"):
        default, mine = _by_name(default), _by_name(mine)
        compared.add(path)
        if not default.keys() <= mine.keys():
            differing.add(path)
    if isinstance(default, dict) and isinstance(mine, dict):
        for key in default.keys() & mine.keys():
            _compare(default[key], mine[key], f"{path}.{key}".lstrip("."), compared, differing)
        return
    compared.add(path)
    if isinstance(default, list) and isinstance(mine, list) and all(isinstance(x, dict) for x in default + mine):
        if len(default) != len(mine):
            differing.add(path)
        for index, (d, m) in enumerate(zip(default, mine)):
            _compare(d, m, f"{path}.{index}", compared, differing)
    elif isinstance(default, list) and isinstance(mine, list):
        if not set(default) <= set(mine):
            differing.add(path)
    elif default != mine:
        differing.add(path)


def test_mkdocs_yml_agrees_with_the_built_in_defaults():
    """The zero-configuration build (cli.py) and the plugin (theme.apply_theme) take their MkDocs
    settings from briefing.mkdocs_defaults; the project's mkdocs.yml, the user's own file, may say
    more but must not say otherwise where it states the same setting."""
    import yaml

    from briefing import mkdocs_defaults as defaults
    from briefing.config import load_config

    site = load_config(REPO / "briefing.yml").site
    mine = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    configs = defaults.markdown_extension_configs(site.language)
    default = {**defaults.mkdocs_yml(site.title, site.language, "docs", {}),
               "markdown_extensions": [{name: configs.get(name, {})} for name in defaults.MARKDOWN_EXTENSIONS]}
    compared: set[str] = set()
    differing: set[str] = set()
    _compare(default, mine, "", compared, differing)
    assert compared >= {"site_name", "docs_dir", "use_directory_urls", "theme.name", "theme.language", "theme.font",
                        "theme.features", "theme.palette.0.scheme", "plugins", "plugins.search.lang",
                        "markdown_extensions", "markdown_extensions.toc.permalink",
                        "markdown_extensions.toc.permalink_title", "extra.generator",
                        "validation.anchors"}, sorted(compared)
    assert compared >= {"theme.palette.0.toggle.name", "theme.palette.1.toggle.name"}
    assert not differing, f"mkdocs.yml and briefing.mkdocs_defaults disagree on {sorted(differing)}"
    # Plugins run in the order they are listed.
    shared = _by_name(default["plugins"]).keys() & _by_name(mine["plugins"]).keys()
    assert [p for p in _by_name(mine["plugins"]) if p in shared] == [p for p in _by_name(default["plugins"])
                                                                     if p in shared]


def _plugin_config(yml: str):
    """A MkDocs configuration from `yml` as the `briefing` plugin leaves it (theme.apply_theme)."""
    from mkdocs.config import load_config as load_mkdocs_config

    from briefing.theme import apply_theme

    config = load_mkdocs_config(config_file=io.StringIO(yml))
    apply_theme(config)
    return config


@pytest.mark.parametrize(("language", "title"), [("de", "Dauerhafter Link"), ("en", "Permanent link"),
                                                 ("fr", "Permanent link")])
def test_plugin_defaults_speak_the_site_language(language, title, tmp_path):
    (tmp_path / "docs").mkdir()
    config = _plugin_config(f"site_name: x\ndocs_dir: {tmp_path / 'docs'}\n"
                            f"theme:\n  name: material\n  language: {language}\n")
    assert config.mdx_configs["toc"] == {"permalink": True, "permalink_title": title}
    assert config.extra["generator"] is False  # no "Made with Material for MkDocs" in English
    # What the user's mkdocs.yml states wins.
    config = _plugin_config(f"site_name: x\ndocs_dir: {tmp_path / 'docs'}\ntheme:\n  name: material\n"
                            "extra:\n  generator: true\nmarkdown_extensions:\n  - toc:\n      permalink_title: Anker\n")
    assert config.extra["generator"] is True and config.mdx_configs["toc"]["permalink_title"] == "Anker"


def test_german_site_has_no_english_theme_strings(site_dir):
    pages = ["index.html", f"sources/{SOURCE_IDS[0]}/index.html", "experts/index.html", "topics/index.html"]
    for page in pages:
        html = (site_dir / page).read_text(encoding="utf-8")
        assert "Made with" not in html and 'title="Permanent link"' not in html, page
        assert 'title="Dauerhafter Link"' in html, page


def test_source_pages_do_not_print_the_summary_twice(site_dir):
    """The summary box stands above the body only when the body does not open with the summary."""
    def plain(fragment: str) -> str:
        return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", fragment)).split())

    for ident in SOURCE_IDS:
        html = (site_dir / "sources" / ident / "index.html").read_text(encoding="utf-8")
        box = re.search(r'<div class="briefing-meta">(.*?)</div>\s*(.*?)</article>', html, re.S)
        assert box, ident
        summary = re.search(r"<blockquote>(.*?)</blockquote>", box.group(1), re.S)
        first = re.search(r"<p[^>]*>(.*?)</p>", box.group(2), re.S)
        if summary and first:
            assert not plain(first.group(1)).startswith(plain(summary.group(1))), ident


def test_seeds_unchanged_by_build(build):
    assert build.seeds_before, "no seeds were hashed"
    assert build.seeds_after == build.seeds_before
    assert tree_hash(SEEDS) == build.seeds_before


def test_build_stamps_no_build_day(site_dir):
    """MkDocs writes the build day into sitemap.xml.gz's gzip header unless SOURCE_DATE_EPOCH is set; the plugin
    sets it (when the user has not), so the same seeds give the same files on any day."""
    header = (site_dir / "sitemap.xml.gz").read_bytes()[:8]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", 0))
    assert int.from_bytes(header[4:8], "little") == epoch - epoch % 86400  # the day of the epoch, at midnight UTC


# --- URLs and front matter ------------------------------------------------------------

def test_source_pages_at_stable_urls(site_dir):
    seeds = sorted(p.name for p in SEEDS.iterdir() if p.is_file())
    assert len(seeds) == len(SOURCE_IDS)
    assert [re.sub(r"[^a-z0-9]+", "-", Path(s).stem.lower()) for s in seeds] == SOURCE_IDS
    for ident in SOURCE_IDS:
        assert (site_dir / "sources" / ident / "index.html").is_file(), ident
    exported = {s["seed"]: s["path"] for s in load(site_dir, "sources")}
    assert exported == {seed: f"sources/{ident}/" for seed, ident in zip(seeds, SOURCE_IDS)}


def test_source_front_matter_has_the_documented_keys(converted):
    pages = sorted((converted / "sources").glob("*.md"))
    pages = [p for p in pages if p.name != "index.md"]
    assert [p.stem for p in pages] == SOURCE_IDS
    for page in pages:
        post = frontmatter.load(page)
        keys = list(post.metadata)
        assert keys[:len(FRONT_MATTER_KEYS)] == FRONT_MATTER_KEYS, f"{page.name}: {keys}"
        extra = set(keys[len(FRONT_MATTER_KEYS):]) - FRONT_MATTER_EXTRAS
        assert not extra, f"{page.name}: unexpected front-matter keys {sorted(extra)}"
        meta = post.metadata
        assert meta["seed"] == next(s.name for s in SEEDS.iterdir() if s.stem.lower().replace("_", "-") == page.stem)
        assert meta["date"] is None or ISO_PARTIAL_DATE.match(str(meta["date"])), meta["date"]
        assert isinstance(meta["date_inferred"], bool)
        assert isinstance(meta["authors"], list) and isinstance(meta["topics"], list)
        assert meta["kind"] in {None, "press_release", "interview", "news", "slides", "article"}
        assert post.content.strip(), f"{page.name}: empty body"


def test_convert_is_deterministic(converted, tmp_path):
    again = tmp_path / "again"
    proc = cli("convert", "--out", str(again))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    first, second = tree_hash(converted), tree_hash(again)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"two conversions differ in {differ}"


# --- exports ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["sources", "experts", "topics"])
def test_export_matches_its_schema(site_dir, name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    data = load(site_dir, name)
    assert data, f"api/{name}.json is empty"
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"api/{name}.json {'/'.join(map(str, e.absolute_path))}: {e.message}"
                                 for e in errors)


def test_schemas_reject_wrong_entries():
    """The schemas are strict: an unknown key, a bad date or kind is an error."""
    sources = jsonschema.Draft202012Validator(json.loads((SCHEMAS / "sources.schema.json").read_text()))
    good = {"id": "x", "seed": "x.txt", "title": "T", "date": "2025-02", "date_inferred": False, "authors": [],
            "publisher": None, "url": None, "language": "de", "kind": "news", "summary": None, "topics": [],
            "people": [], "path": "sources/x/"}
    assert sources.is_valid([good])
    for change in ({"extra": 1}, {"date": "30.01.2025"}, {"date": "2025-13"}, {"kind": "blog"},
                   {"path": "https://example.org/sources/x/"}, {"date_inferred": "no"}):
        assert not sources.is_valid([{**good, **change}]), change
    experts = jsonschema.Draft202012Validator(json.loads((SCHEMAS / "experts.schema.json").read_text()))
    person = {"id": "a-b", "name": "A B", "title": None, "category": "expert", "affiliations": [],
              "sources": ["x"], "topics": [], "quotes": [{"source": "x", "text": "t", "anchor": "p-1"}],
              "path": "experts/a-b/"}
    assert experts.is_valid([person])
    for change in ({"category": "author"}, {"name": "A B\nKontakt"}, {"quotes": [{"source": "x", "text": "t"}]}):
        assert not experts.is_valid([{**person, **change}]), change


def test_exports_are_referentially_intact(site_dir):
    sources, experts, topics = (load(site_dir, n) for n in ("sources", "experts", "topics"))
    source_ids = {s["id"] for s in sources}
    expert_ids = {e["id"] for e in experts}
    topic_ids = {t["id"] for t in topics}
    assert source_ids == set(SOURCE_IDS)
    problems = []
    for entry in [*sources, *experts, *topics]:
        if not (site_dir / entry["path"] / "index.html").is_file():
            problems.append(f"{entry['id']}: no page at {entry['path']}")
    for s in sources:
        problems += [f"source {s['id']}: unknown topic {t}" for t in s["topics"] if t not in topic_ids]
        problems += [f"source {s['id']}: unknown person {p}" for p in s["people"] if p not in expert_ids]
    pages: dict[str, set[str]] = {}
    for e in experts:
        refs = e["sources"] + [a["source"] for a in e["affiliations"]] + [q["source"] for q in e["quotes"]]
        problems += [f"expert {e['id']}: unknown source {r}" for r in refs if r not in source_ids]
        problems += [f"expert {e['id']}: unknown topic {t}" for t in e["topics"] if t not in topic_ids]
        for q in e["quotes"]:
            if q["source"] not in source_ids:
                continue
            if q["source"] not in pages:
                html = (site_dir / "sources" / q["source"] / "index.html").read_text(encoding="utf-8")
                pages[q["source"]] = ids_in_html(html)
            if q["anchor"] not in pages[q["source"]]:
                problems.append(f"expert {e['id']}: anchor #{q['anchor']} not on sources/{q['source']}/")
    for t in topics:
        problems += [f"topic {t['id']}: unknown source {s}" for s in t["sources"] if s not in source_ids]
        problems += [f"topic {t['id']}: unknown expert {e}" for e in t["experts"] if e not in expert_ids]
    # Both directions agree: a source lists a topic exactly when the topic lists the source.
    for s in sources:
        for t in topics:
            if (t["id"] in s["topics"]) != (s["id"] in t["sources"]):
                problems.append(f"source {s['id']} and topic {t['id']} disagree")
    assert not problems, "\n".join(problems)


# --- pages --------------------------------------------------------------------------------

class _NavLinks(HTMLParser):
    """hrefs of the links inside the primary (sidebar) navigation."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # nesting of <nav> elements inside the primary nav
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav":
            if self.depth or "md-nav--primary" in (attrs.get("class") or ""):
                self.depth += 1
        elif tag == "a" and self.depth and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "nav" and self.depth:
            self.depth -= 1


def test_sidebar_does_not_list_every_source(site_dir):
    for ident in SOURCE_IDS:
        html = (site_dir / "sources" / ident / "index.html").read_text(encoding="utf-8")
        parser = _NavLinks()
        parser.feed(html)
        pages = {urljoin(f"/sources/{ident}/", href).split("#")[0] for href in parser.links
                 if not href.startswith("#")}
        assert pages, f"sources/{ident}/: no primary navigation found"
        per_item = sorted(p for p in pages if re.fullmatch(r"/(sources|experts|topics)/[^/]+/", p))
        assert not per_item, f"sources/{ident}/: the sidebar links individual pages {per_item}"
        assert len(pages) <= 8, f"sources/{ident}/: {len(pages)} pages in the sidebar: {sorted(pages)}"


# Attributes that make the browser fetch something (not <a href>: following a link is the reader's choice).
_FETCHING = re.compile(
    r"""<(?P<tag>script|link|img|iframe|source|video|audio|embed|object|input|track)\b[^>]*?"""
    r"""\s(?P<attr>src|href|srcset|data|poster)\s*=\s*["']?(?P<url>[^"'\s>]+)""", re.I)
_CSS_REMOTE = re.compile(r"""(@import\s+(url\()?\s*["']?|url\(\s*["']?)(https?:)?//""", re.I)
_THIRD_PARTY_HOSTS = ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com", "cdnjs.", "googletagmanager",
                      "google-analytics")


def test_no_reference_to_a_third_party_host(site_dir):
    problems = []
    files = [p for p in site_dir.rglob("*") if p.suffix in {".html", ".css"}]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(site_dir)
        if path.suffix == ".html":
            for m in _FETCHING.finditer(text):
                tag_text = m.group(0)
                if m.group("tag").lower() == "link" and re.search(r"""rel=["']?(canonical|alternate)""", tag_text):
                    continue
                if re.match(r"(https?:)?//", m.group("url"), re.I):
                    problems.append(f"{rel}: <{m.group('tag')} {m.group('attr')}={m.group('url')}>")
            for style in re.findall(r"<style\b[^>]*>(.*?)</style>", text, re.S | re.I) + re.findall(
                    r"""style\s*=\s*["']([^"']*)""", text, re.I):
                if _CSS_REMOTE.search(style):
                    problems.append(f"{rel}: remote url() in inline style")
            scripts = " ".join(re.findall(r"<script\b[^>]*>(.*?)</script>", text, re.S | re.I))
        else:
            if _CSS_REMOTE.search(text):
                problems.append(f"{rel}: remote @import or url() in CSS")
            scripts = text
        for host in _THIRD_PARTY_HOSTS:
            if host in scripts or (path.suffix == ".html" and host in re.sub(r"<a\b[^>]*>", "", text)):
                problems.append(f"{rel}: mentions {host}")
    assert not problems, "\n".join(sorted(set(problems)))


# --- unusual inputs -------------------------------------------------------------------------

BAD_SEEDS = {
    "report.docx": b"PK\x03\x04\x14\x00\x06\x00" + bytes(200),  # a Word file: unsupported
    "binary-junk.txt": random.Random(7).randbytes(3000),  # bytes that are no text in any encoding
    "broken-front-matter.md": '---\ntitle: "never closed\nauthors: [a, b\n---\n\nDeepSeek ist ein Sprachmodell.\n'.encode(),
}


# Seed text is data: markup in it must show as text on every page, also in titles and names.
HOSTILE = ("---\ntitle: 'Gefährlich <script>alert(\"title\")</script>'\nauthor: 'Eve <img src=x onerror=alert(1)>'\n"
           "date: 2025-02-03\nsummary: 'Kurz\"><script>alert(5)</script>'\ndescription: 'Beschreibung\"><script>alert(6)</script>'\n---\n\n# Überschrift <script>alert('h')</script>\n\n"
           "Prof. Dr. Eve Mallory, Universität Nirgendwo, sagt: „DeepSeek ist <b onmouseover=alert(2)>gut</b>.“ "
           "Mehr [hier](javascript:alert(3)) und {: onclick=alert(4) }\n")


def test_bad_seeds_are_named_and_the_site_still_builds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / SMALL_SEED, seeds)
    for name, data in BAD_SEEDS.items():
        (seeds / name).write_bytes(data)
    (seeds / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    site = tmp_path / "site"
    proc = cli("build", "--seeds", str(seeds), "--site-dir", str(site))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert (site / "index.html").is_file()
    assert (site / "sources" / "002-bc7bd72e0dd89d0b" / "index.html").is_file()
    assert (site / "sources" / "hostile" / "index.html").is_file()
    injected = []
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for pattern in (r"<script>alert", r"<img src=x", r"<b onmouseover", r"javascript:alert", r"<[^>]*\sonclick="):
            if re.search(pattern, text):
                injected.append(f"{page.relative_to(site)}: {pattern}")
    assert not injected, "markup from a seed reached the HTML:\n" + "\n".join(injected)
    messages = proc.stderr.splitlines()
    for name in BAD_SEEDS:
        assert any(name in line for line in messages), f"no message names {name}:\n{proc.stderr}"
    assert any("report.docx" in line and "unsupported" in line for line in messages), proc.stderr
    assert any(re.search(r"broken-front-matter\.md:\d+: .*YAML", line) for line in messages), proc.stderr


def test_user_index_md_is_not_overwritten(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / SMALL_SEED, seeds)
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    own = "# Unsere eigene Startseite\n\nGeschrieben von der Redaktion, bitte nicht ersetzen.\n"
    (project / "docs" / "index.md").write_text(own, encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        f"site_name: Eigene\ntheme:\n  name: material\nplugins:\n  - search\n  - briefing:\n      seeds: {seeds}\n",
        encoding="utf-8")
    proc = cli("build", "--site-dir", str(tmp_path / "site"), cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (project / "docs" / "index.md").read_text(encoding="utf-8") == own
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md"], "generated files leaked into docs/"
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "bitte nicht ersetzen" in home
    assert (tmp_path / "site" / "sources" / "002-bc7bd72e0dd89d0b" / "index.html").is_file()
