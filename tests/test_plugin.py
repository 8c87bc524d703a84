"""The MkDocs plugin as MkDocs calls it: on_config, on_files, on_serve (the pipeline is replaced
by a small fixed corpus, so these tests take milliseconds)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import InclusionLevel, get_files
from mkdocs.structure.nav import get_navigation

from briefing.model import Block, Corpus, Document, Person, SourceMeta, Topic, TopicHit
from briefing.mkdocs_plugin import plugin as plugin_module
from briefing.theme import OVERRIDES, STYLESHEET


def small_corpus() -> Corpus:
    docs = [Document(id=f"00{i}-quelle", seed=f"00{i}_quelle.txt", format="txt",
                     meta=SourceMeta(title=f"Quelle {i}", date="2025-01-30"),
                     blocks=[Block(kind="paragraph", text=f"Text {i}", anchor="p-1")],
                     topics=[TopicHit(id="chips", score=3, evidence=["p-1"])]) for i in range(3)]
    person = Person(id="ada-lovelace", name="Ada Lovelace", category="expert", sources=["000-quelle"],
                    topics=["chips"], quotes=[{"source": "000-quelle", "text": "Text 0", "anchor": "p-1"}])
    topic = Topic(id="chips", label="Chips", sources=[d.id for d in docs], experts=["ada-lovelace"])
    return Corpus(documents=docs, people=[person], topics=[topic])


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder: mkdocs.yml with the plugin, briefing.yml beside it, seeds/ and docs/."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefing.yml").write_text("site:\n  title: Test\ntopics:\n  - id: chips\n    label: Chips\n",
                                           encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\nplugins:\n  - search\n  - briefing\n", encoding="utf-8")
    calls = []

    def fake_run(config, seeds_dir=None, on_document=None):
        calls.append(Path(seeds_dir))
        return small_corpus()

    monkeypatch.setattr(plugin_module, "run", fake_run)
    monkeypatch.chdir(tmp_path)
    return tmp_path, calls


def configure(folder: Path):
    config = load_config(config_file=str(folder / "mkdocs.yml"))
    plugin = config.plugins["briefing"]
    config = plugin.on_config(config)
    return config, plugin


def test_on_config_reads_the_editorial_file_and_applies_the_theme(project):
    folder, _ = project
    config, plugin = configure(folder)
    assert plugin.editorial.site.title == "Test"
    assert plugin.editorial_path == (folder / "briefing.yml").resolve()
    assert plugin.seeds_dir == (folder / "seeds").resolve()
    assert str(OVERRIDES) in config.theme.dirs
    assert STYLESHEET in [str(x) for x in config.extra_css]
    assert config.nav and all(len(item) == 1 for item in config.nav)
    assert "attr_list" in config.markdown_extensions and "md_in_html" in config.markdown_extensions


def test_seeds_option_wins_over_the_editorial_file(project):
    folder, calls = project
    (folder / "elsewhere").mkdir()
    (folder / "mkdocs.yml").write_text("site_name: T\ntheme: {name: material}\nplugins:\n  - briefing:\n"
                                       "      seeds: elsewhere\n", encoding="utf-8")
    config, plugin = configure(folder)
    config.plugins.on_files(get_files(config), config=config)
    assert calls == [(folder / "elsewhere").resolve()]


def test_an_invalid_editorial_file_stops_the_build_with_file_and_line(project):
    from mkdocs.exceptions import PluginError

    folder, _ = project
    (folder / "briefing.yml").write_text("site:\n  titel: x\n", encoding="utf-8")
    with pytest.raises(PluginError) as info:
        configure(folder)
    assert f"{(folder / 'briefing.yml').resolve()}:2: site.titel" in str(info.value)


def test_on_files_adds_generated_pages_and_keeps_item_pages_out_of_the_nav(project):
    folder, calls = project
    config, plugin = configure(folder)
    files = config.plugins.on_files(get_files(config), config=config)
    assert calls == [(folder / "seeds").resolve()]
    paths = {f.src_uri: f for f in files}
    for path in ["index.md", "sources/index.md", "experts/index.md", "topics/index.md", "sources/000-quelle.md",
                 "experts/ada-lovelace.md", "topics/chips.md", "api/sources.json", STYLESHEET]:
        assert path in paths, path
        assert paths[path].generated_by == "briefing" or paths[path].content_string
    for path in ["sources/000-quelle.md", "sources/002-quelle.md", "experts/ada-lovelace.md", "topics/chips.md"]:
        assert paths[path].inclusion == InclusionLevel.NOT_IN_NAV, path
    for path in ["index.md", "sources/index.md", "experts/index.md", "topics/index.md"]:
        assert paths[path].inclusion.is_in_nav(), path
    assert "Quelle 1" in paths["sources/001-quelle.md"].content_string
    # The navigation MkDocs builds from it lists index pages only.
    navigation = get_navigation(files, config)
    in_nav = {p.file.src_uri for p in navigation.pages}
    assert not any(p.startswith(("sources/0", "experts/ada", "topics/chips")) for p in in_nav), in_nav


def test_a_users_own_file_is_never_replaced(project, caplog):
    folder, _ = project
    (folder / "docs" / "index.md").write_text("# Meine Startseite\n", encoding="utf-8")
    (folder / "docs" / "topics").mkdir()
    (folder / "docs" / "topics" / "chips.md").write_text("# Chips, von Hand\n", encoding="utf-8")
    config, plugin = configure(folder)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.briefing"):
        files = config.plugins.on_files(get_files(config), config=config)
    index = [f for f in files if f.src_uri == "index.md"]
    assert len(index) == 1 and index[0].abs_src_path == str(folder / "docs" / "index.md")
    assert index[0].content_string == "# Meine Startseite\n"
    chips = [f for f in files if f.src_uri == "topics/chips.md"]
    assert len(chips) == 1 and chips[0].content_string == "# Chips, von Hand\n"
    assert "sources/000-quelle.md" in {f.src_uri for f in files}
    assert any("index.md" in r.getMessage() for r in caplog.records)
    assert (folder / "docs" / "index.md").read_text(encoding="utf-8") == "# Meine Startseite\n"
    assert sorted(p.name for p in (folder / "docs").iterdir()) == ["index.md", "topics"]


def test_a_users_nav_is_kept(project):
    folder, _ = project
    (folder / "mkdocs.yml").write_text("site_name: T\ntheme: {name: material}\nnav:\n  - Start: index.md\n"
                                       "plugins:\n  - briefing\n", encoding="utf-8")
    config, _ = configure(folder)
    assert config.nav == [{"Start": "index.md"}]


class FakeServer:
    def __init__(self):
        self.watched: list[str] = []

    def watch(self, path, *args, **kwargs):
        self.watched.append(str(path))


def test_serve_watches_the_seeds_and_the_editorial_file(project):
    folder, _ = project
    config, plugin = configure(folder)
    server = FakeServer()
    assert plugin.on_serve(server, config=config, builder=lambda: None) is server
    assert str((folder / "seeds").resolve()) in server.watched
    assert str((folder / "briefing.yml").resolve()) in server.watched


def test_serve_without_an_editorial_file_watches_the_seeds(project):
    folder, _ = project
    (folder / "briefing.yml").unlink()
    config, plugin = configure(folder)
    server = FakeServer()
    plugin.on_serve(server, config=config, builder=lambda: None)
    assert server.watched == [str((folder / "seeds").resolve())]
